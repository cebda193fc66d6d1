// The article container's text as its text nodes hold it, for turning offsets in that text (what the
// word caret counts) into a DOM Range (what the page selects), and for telling which words are in
// hidden page furniture (in the DOM so offsets count it, but not to be chosen by the caret).

export interface TextMap {
  text: string;
  nodes: { node: Text; start: number; hidden: boolean }[];
}

export function mapText(container: HTMLElement): TextMap {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: TextMap["nodes"] = [];
  let text = "";
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push({ node, start: text.length, hidden: !!node.parentElement?.closest("[hidden]") });
    text += node.data;
  }
  return { text, nodes };
}

/** Whether the character at `offset` is drawn (not inside hidden furniture). */
export function shownAt(map: TextMap, offset: number): boolean {
  const n = map.nodes.find((x) => offset < x.start + x.node.data.length);
  return !!n && !n.hidden;
}

/** A DOM Range over [start, end) of the container's text. */
export function rangeOf(map: TextMap, start: number, end: number): Range {
  const locate = (offset: number, atEnd: boolean): [Text, number] => {
    const n =
      map.nodes.find((x) =>
        atEnd ? offset <= x.start + x.node.data.length : offset < x.start + x.node.data.length,
      ) ?? map.nodes[map.nodes.length - 1];
    return [n.node, offset - n.start];
  };
  const range = document.createRange();
  range.setStart(...locate(start, false));
  range.setEnd(...locate(end, true));
  return range;
}
