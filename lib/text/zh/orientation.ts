// Which way a Chinese sentence faces in time, for the learned sentence reader (lib/text/learned/features.ts).
// A lesson is resolved or drawn for what comes ("以后气头上我先把嘴闭上", "这个我要一直记着", "我慢慢来"); a
// replay faces a moment gone ("那天我说的那句话", "又想起当时"). Chinese marks neither with tense, and the reader's
// English past share (from lemmas) is always 0 here, so the markers are counted instead. When a lesson is about the
// same person as a worry, their words are the worry's: these two counts are what is left to tell them apart.
// Plain alternations, each character read once (lib/text/linear-text rules).

const AHEAD =
  /以后|今后|往后|下次|下回|将来|再也不|不再|别再|慢慢来|慢慢|一步一步|先(?![生前后天])|记着|记住|记牢|打算|准备|决定|就行|就够了|要(?![是不然])|不能再|不会再/gu;
const GONE =
  /那天|那晚|那次|那回|那年|那时|那会|当时|当初|昨天|前天|昨晚|上次|上回|刚才|那句|想起|回想|一遍遍|又一遍/gu;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Markers of what comes and of a moment gone, each capped at two (0, 0.5 or 1). */
export function zhOrientation(text: string): { ahead: number; gone: number } {
  return { ahead: Math.min(2, count(AHEAD, text)) / 2, gone: Math.min(2, count(GONE, text)) / 2 };
}
