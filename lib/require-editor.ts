// The one question every read of non-public data asks: who is the signed-in editor?
//
// Desk data loaders call requireEditor() themselves, so drafts are never read for an anonymous
// request, whatever the page around them does. The (desk) layout also checks, but only as a
// convenience: Next renders a layout and its page in parallel, so a check in the layout alone does
// not stop the page's data from being streamed. cache() makes it one session lookup per request.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "./user/session-user";

/** Paths a sign-in may return to: same-origin desk paths only. */
const signInUrl = (returnTo?: string) =>
  returnTo && /^\/desk(\/[\w\-/]*)?(\?[\w\-.~%&=+]*)?$/.test(returnTo)
    ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}`
    : "/signin";

const currentEditor = cache(async (): Promise<SessionUser | null> => {
  const user = await getSessionUser();
  return user && (user.role === "EDITOR" || user.role === "ADMIN") ? user : null;
});

/**
 * The signed-in editor or null, without redirecting: for the desk layout, which renders beside the
 * page. The page's own requireDeskUser(path) sends a signed-out reader to sign in and back to that path.
 */
export const findDeskUser = currentEditor;

/** The signed-in editor (or admin). Without one, the request ends in a redirect to sign in. */
export async function requireEditor(returnTo?: string): Promise<SessionUser> {
  const user = await currentEditor();
  if (!user) redirect(signInUrl(returnTo));
  return user;
}

/** For desk pages: the same check, with the page's path to come back to after signing in. */
export const requireDeskUser = (returnTo: string) => requireEditor(returnTo);
