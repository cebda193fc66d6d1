"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="text-stone-500 hover:text-stone-900 hover:underline"
    >
      Sign out
    </button>
  );
}
