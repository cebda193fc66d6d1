// Line endings are the one normalisation an article body gets (lib/article/schema.ts): the same text
// saved on Windows and pasted into a browser (which sends \n) must hash to the same article. Its own
// module: the upload form parses files in the browser, which must not load the server's schemas.
export const normaliseNewlines = (s: string) => s.replace(/\r\n?/g, "\n");
