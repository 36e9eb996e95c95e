// Text cut into pieces of bounded length before the sentence readers see it. Both readers cost more than
// linear time on one long unbroken run: wink-nlp's tokenizer on a long word (a 40,000-letter "word" took 2 s,
// 60,000 took 5 s; a run of dots 10,000 long, 72 ms), and Node's Intl.Segmenter copies the whole input into
// every segment it returns (a 34,000-character Chinese paragraph without punctuation took 0.3 s, and 100,000
// characters ran the heap out of memory). A piece is at most MAX_PIECE_CHARS long, so a 100 KB entry costs
// about a hundred short reads, whatever its shape. No real sentence is that long; a paragraph that is gets cut
// after the last sentence end (or space) before the limit, so its sentences stay whole.
export const MAX_PIECE_CHARS = 1000;
// Chinese pieces are shorter: the segmenter's cost grows with the square of its input (300 characters still
// hold several long sentences).
export const MAX_HAN_PIECE_CHARS = 300;

const SENTENCE_END = /[.!?。！？；;…]/u;

/** Where to cut `text` at or before `limit`: after the last sentence end, else at the last space, else at the limit. */
function cutAt(text: string, from: number, limit: number): number {
  let space = -1;
  for (let k = limit - 1; k > from; k--) {
    const c = text[k]!;
    if (SENTENCE_END.test(c)) return k + 1;
    if (space < 0 && /\s/.test(c)) space = k;
  }
  if (space > from) return space;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function boundedPieces(text: string, max = MAX_PIECE_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    const to = cutAt(text, from, from + max);
    pieces.push(text.slice(from, to).trim());
    from = to;
  }
  pieces.push(text.slice(from).trim());
  return pieces.filter(Boolean);
}
