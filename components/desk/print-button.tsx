"use client";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()} variant="outline" size="sm">
      Print / save as PDF
    </Button>
  );
}
