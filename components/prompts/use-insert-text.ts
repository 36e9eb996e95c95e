"use client";

// Putting a prompt or template into the entry without losing a word of it: the block goes in where the writer's
// cursor was (the end, if they never placed it), and can be taken out again, by the browser's own undo (Ctrl+Z)
// or by the Undo the editor offers while nothing else has changed.
import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from "react";
import { placeBlock } from "./place-block";

export function useInsertText(
  textarea: RefObject<HTMLTextAreaElement | null>,
  body: string,
  setBody: (body: string) => void,
) {
  // Set once the writer has put the cursor somewhere; until then its position means nothing.
  const placed = useRef(false);
  const pendingCursor = useRef<{ at: number; text: string } | null>(null);
  const [last, setLast] = useState<{ before: string; after: string } | null>(null);

  // A block that went in through React (the textarea was not there, or the browser would not type it) moves the
  // cursor once the new text is on the page.
  useLayoutEffect(() => {
    const el = textarea.current;
    const pending = pendingCursor.current;
    if (!pending || !el || body !== pending.text) return;
    pendingCursor.current = null;
    // Typed into since: the writer's cursor is where it should be.
    if (el.value !== pending.text) return;
    el.focus();
    el.setSelectionRange(pending.at, pending.at);
  });

  function insert(block: string, cursorAt: "end" | "first-line") {
    const el = textarea.current;
    const at = el && placed.current ? el.selectionEnd : body.length;
    const { piece, cursor } = placeBlock(body, at, block, cursorAt);
    const after = body.slice(0, at) + piece + body.slice(at);
    let typed = false;
    if (el) {
      el.focus();
      el.setSelectionRange(at, at);
      // Deprecated, but still the one way a script's change joins the browser's own undo history; the input
      // event it fires reaches the editor's onChange like typing does.
      typed = document.execCommand("insertText", false, piece) && el.value === after;
    }
    if (typed && el) el.setSelectionRange(cursor, cursor);
    else setBody(after);
    // Again once React has committed the text (the browser types a block with newlines as several input events).
    pendingCursor.current = { at: cursor, text: after };
    setLast({ before: body, after });
  }

  const canUndo = last !== null && last.after === body;
  const undo = useCallback(() => {
    if (last && last.after === body) setBody(last.before);
    setLast(null);
  }, [body, last, setBody]);

  const notePlaced = useCallback(() => {
    placed.current = true;
  }, []);

  return { insert, undo, canUndo, notePlaced };
}
