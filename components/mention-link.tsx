"use client";
import Link from "next/link";
import { useRef } from "react";

/**
 * A logged claim's highlight: a link to the claim that a drag can start on (issue 17 item 4).
 * Kept a link rather than replaced by a separate "open" control, because readers and keyboard users
 * reach claims by it (Tab, the screen reader's links list, the public page). Chromium drags a link
 * as a URL instead of selecting its words, so it is not draggable; and a click that ends a drag
 * (the pointer moved since the press) selects rather than navigates — a click without movement opens
 * it, even while other words are selected (so the test is the pointer's path, not the selection).
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
  const press = useRef<{ x: number; y: number } | null>(null);
  return (
    <Link
      href={href}
      title={title}
      id={id}
      className="no-underline"
      data-mention={mentionId}
      draggable={false}
      onMouseDown={(e) => {
        press.current = { x: e.clientX, y: e.clientY };
      }}
      onClick={(e) => {
        // detail 0: Enter on the focused link, which always opens it.
        const from = press.current;
        press.current = null;
        if (e.detail > 0 && from && Math.hypot(e.clientX - from.x, e.clientY - from.y) >= 4)
          e.preventDefault();
      }}
    >
      {children}
    </Link>
  );
}
