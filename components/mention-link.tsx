"use client";
import Link from "next/link";

/**
 * A logged claim's highlight: a link to the claim that a drag can start on (issue 17 item 4).
 * Kept a link rather than replaced by a separate "open" control, because readers and keyboard users
 * reach claims by it (Tab, the screen reader's links list, the public page). Chromium drags a link
 * as a URL instead of selecting its words, so it is not draggable; and a click that ends a drag (the
 * page holds a selection) selects rather than navigates — only a click without movement opens it.
 */
export function MentionLink({
  href,
  title,
  id,
  mentionId,
  children,
}: {
  href: string;
  title: string;
  id?: string;
  mentionId: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      title={title}
      id={id}
      className="no-underline"
      data-mention={mentionId}
      draggable={false}
      onClick={(e) => {
        // detail 0: Enter on the focused link, which always opens it.
        const s = document.getSelection();
        if (e.detail > 0 && s && !s.isCollapsed && s.containsNode(e.currentTarget, true))
          e.preventDefault();
      }}
    >
      {children}
    </Link>
  );
}
