// A realistic, deterministic English journal for tests, benchmarks (30, 365, 3,000 entries) and the demo.
//
//   npx tsx scripts/synthetic-journal.ts --entries 365 --seed 1 --out journal.json
//   npx tsx scripts/synthetic-journal.ts --preset month --out month.json
//
// The output is the import format, `[{date, body, mood?, tags?}]` (Settings → Import, `npm run import`).
// Everything comes from one seeded PRNG (mulberry32), never Math.random or the clock: the same options give
// the same file on every machine. What the journal holds:
// - daily-ish entries with gaps (weekdays more regular than Saturdays, a holiday break now and then), the last
//   one on `end` (default 2025-12-31, so imports never hit "a day that has not come yet");
// - everyday topics (work, commute, sleep, exercise, family, friends, weather by season, reading, cooking,
//   chores, a hobby), with a weekly rhythm: weekday entries about work, weekends about people and outings, a
//   fixed weekly activity, Sunday calls home, Monday inboxes and Friday relief;
// - recurring worries (an argument with a sibling, a mistake at work, a friend gone quiet, a health scare,
//   money): a trigger entry, then returns with ruminative language ("I can't stop thinking about…", "I should
//   have…", "why did I…") that thin out over weeks, sometimes a resolution;
// - a few clear lessons, each stated once or twice ("I learned that asking for help early saves days");
// - moods (1–5, on most entries) that follow the content: worries pull them down, lessons, weekends and good
//   news lift them; sentence tone is chosen from the same latent mood;
// - bodies of 1 to 15 sentences in paragraphs, sometimes a heading, a list or some emphasis (Markdown).
// `truth` says, per entry, which worry or lesson it carries, so tests can check what the memory surfaces.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { addDays, isIsoDay, weekdayIndex } from "../lib/dates";

export type JournalRecord = { date: string; body: string; mood?: number; tags?: string[] };

export type WorryRole = "trigger" | "rumination" | "resolution";

export type EntryTruth = {
  weekend: boolean;
  topics: string[];
  worry: { id: string; role: WorryRole } | null;
  lesson: { id: string; repeat: boolean } | null;
  /** The latent mood the content was written from, before rounding (and before dropping it). */
  latentMood: number;
};

export type WorryArc = {
  id: string;
  theme: WorryThemeId;
  title: string;
  trigger: number;
  /** Entries that return to the worry after the trigger (not the resolution). */
  returns: number[];
  resolution: number | null;
};

export type LessonPlan = { id: LessonId; text: string; indices: number[] };

export type SyntheticJournal = {
  records: JournalRecord[];
  truth: EntryTruth[];
  worries: WorryArc[];
  lessons: LessonPlan[];
};

export type JournalOptions = {
  entries: number;
  seed: number;
  /** Date of the last entry (YYYY-MM-DD). Ignored when `start` is given. */
  end: string;
  /** Date of the first entry; the journal then runs forward from it. */
  start?: string;
  /** Share of entries with a mood. */
  moodRate: number;
  /** Share of entries with tags. */
  tagRate: number;
  /** Breaks of 4–12 days now and then (default true). */
  holidays?: boolean;
  /** Explicit dates (strictly increasing) instead of generated ones; `entries` is then their number. */
  dates?: string[];
  /** Explicit worries and lessons instead of the generated plan (used by presets). */
  plan?: { worries: PlannedWorry[]; lessons: PlannedLesson[] };
};

export type PlannedWorry = {
  theme: WorryThemeId;
  trigger: number;
  returns: number[];
  resolution: number | null;
  /** Share of a return entry the worry takes (0..1); by default it fades from 0.8 to 0.5 over the weeks. */
  focus?: number;
};
export type PlannedLesson = { id: LessonId; at: number[] };

export const JOURNAL_DEFAULTS: JournalOptions = {
  entries: 365,
  seed: 1,
  end: "2025-12-31",
  moodRate: 0.85,
  tagRate: 0.35,
};

// ----- Random numbers ------------------------------------------------------------------------------------------

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  normal(): number;
  shuffle<T>(items: readonly T[]): T[];
};

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  let state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    normal: () => {
      const u = Math.max(next(), 1e-12);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    shuffle: (items) => {
      const out = [...items];
      for (let k = out.length - 1; k > 0; k--) {
        const j = Math.floor(next() * (k + 1));
        [out[k], out[j]] = [out[j]!, out[k]!];
      }
      return out;
    },
  };
  return rng;
}

// ----- The writer ----------------------------------------------------------------------------------------------

type Person = { name: string; pron: "she" | "he" };

type Persona = {
  partner: string;
  sibling: Person;
  friend: Person;
  friend2: string;
  colleague: Person;
  colleague2: string;
  boss: Person;
  pet: { kind: string; name: string };
  weekly: { day: number; activity: string; place: string };
  town: string;
  birthday: string; // MM-DD
};

const SISTERS = ["Clara", "Hannah", "Maya", "Ruth", "Nina", "Eva"];
const BROTHERS = ["Daniel", "Leo", "Owen", "Matt", "Jonah"];
const PARTNERS = ["Alex", "Jamie", "Robin", "Chris", "Sasha", "Kit"];
const FRIENDS: Person[] = [
  { name: "Priya", pron: "she" },
  { name: "Marta", pron: "she" },
  { name: "Lucy", pron: "she" },
  { name: "Ben", pron: "he" },
  { name: "Femi", pron: "he" },
  { name: "Dev", pron: "he" },
];
const OTHER_FRIENDS = ["Jo", "Kate", "Sol", "Irene", "Nadia", "Pete"];
const COLLEAGUES: Person[] = [
  { name: "Tom", pron: "he" },
  { name: "Aisha", pron: "she" },
  { name: "Raj", pron: "he" },
  { name: "Lena", pron: "she" },
];
const OTHER_COLLEAGUES = ["Mark", "Olu", "Greta", "Sean"];
const BOSSES: Person[] = [
  { name: "Helen", pron: "she" },
  { name: "Martin", pron: "he" },
  { name: "Grace", pron: "she" },
  { name: "David", pron: "he" },
];
const PETS = [
  { kind: "dog", name: "Biscuit" },
  { kind: "cat", name: "Pepper" },
  { kind: "dog", name: "Mabel" },
  { kind: "cat", name: "Otto" },
];
const WEEKLY = [
  { day: 1, activity: "choir", place: "the church hall" },
  { day: 2, activity: "climbing", place: "the climbing wall" },
  { day: 3, activity: "five-a-side", place: "the sports centre" },
  { day: 1, activity: "pottery class", place: "the community studio" },
  { day: 3, activity: "the book club", place: "the café on Mill Street" },
];
const TOWNS = ["the river", "the old town", "the harbour", "the high street"];

function makePersona(rng: Rng): Persona {
  const sister = rng.chance(0.6);
  const birthdayMonth = rng.int(1, 12);
  return {
    partner: rng.pick(PARTNERS),
    sibling: sister ? { name: rng.pick(SISTERS), pron: "she" } : { name: rng.pick(BROTHERS), pron: "he" },
    friend: rng.pick(FRIENDS),
    friend2: rng.pick(OTHER_FRIENDS),
    colleague: rng.pick(COLLEAGUES),
    colleague2: rng.pick(OTHER_COLLEAGUES),
    boss: rng.pick(BOSSES),
    pet: rng.pick(PETS),
    weekly: rng.pick(WEEKLY),
    town: rng.pick(TOWNS),
    birthday: `${String(birthdayMonth).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
  };
}

const DISHES = [
  "a lentil curry",
  "pasta with roasted peppers",
  "a big pot of chilli",
  "fish tacos",
  "mushroom risotto",
  "a traybake with chickpeas",
  "soup and bread",
  "stir-fried noodles",
  "shakshuka",
  "a leek and potato pie",
];
const BOOKS = [
  "Middlemarch",
  "The Remains of the Day",
  "a detective novel",
  "Persuasion",
  "a book about forests",
  "The Old Man and the Sea",
  "a collection of short stories",
  "a biography of a Victorian engineer",
  "Jane Eyre",
  "a history of bridges",
];
const SHOWS = ["a nature documentary", "an old film", "a cooking show", "a crime series", "a comedy special"];
const PROJECTS = [
  "the Henley quote",
  "the spring catalogue",
  "the new booking system",
  "the warehouse move",
  "the audit",
];
const GOOD_THINGS = [
  "coffee on the balcony",
  "a long call with {sib}",
  "{pet.name} asleep on my feet",
  "the first strawberries",
  "a quiet train",
  "finishing {book}",
  "{partner}'s soup",
  "sun on the way home",
  "a good night's sleep",
  "laughing with {col} at lunch",
  "clean sheets",
  "a message from {friend}",
  "the smell of rain",
  "fresh bread from the market",
];

// Fills {slots} from the persona and small random lists.
function filler(persona: Persona, rng: Rng): (text: string) => string {
  const pron = (p: Person) => ({
    pron: p.pron,
    obj: p.pron === "she" ? "her" : "him",
    poss: p.pron === "she" ? "her" : "his",
    Pron: p.pron === "she" ? "She" : "He",
  });
  const values: Record<string, () => string> = {
    partner: () => persona.partner,
    sib: () => persona.sibling.name,
    sibling: () => (persona.sibling.pron === "she" ? "sister" : "brother"),
    "sib.pron": () => pron(persona.sibling).pron,
    "sib.Pron": () => pron(persona.sibling).Pron,
    "sib.obj": () => pron(persona.sibling).obj,
    "sib.poss": () => pron(persona.sibling).poss,
    friend: () => persona.friend.name,
    "friend.pron": () => pron(persona.friend).pron,
    "friend.Pron": () => pron(persona.friend).Pron,
    "friend.obj": () => pron(persona.friend).obj,
    "friend.poss": () => pron(persona.friend).poss,
    friend2: () => persona.friend2,
    col: () => persona.colleague.name,
    "col.pron": () => pron(persona.colleague).pron,
    col2: () => persona.colleague2,
    boss: () => persona.boss.name,
    "boss.pron": () => pron(persona.boss).pron,
    "boss.Pron": () => pron(persona.boss).Pron,
    "pet.kind": () => persona.pet.kind,
    "pet.name": () => persona.pet.name,
    weekly: () => persona.weekly.activity,
    "weekly.place": () => persona.weekly.place,
    town: () => persona.town,
    dish: () => rng.pick(DISHES),
    book: () => rng.pick(BOOKS),
    show: () => rng.pick(SHOWS),
    project: () => rng.pick(PROJECTS),
    km: () => String(rng.int(3, 12)),
    minutes: () => String(rng.pick([20, 25, 30, 40, 45, 50, 60])),
    hour: () => rng.pick(["six", "half six", "seven", "half seven", "eight"]),
    good: () => rng.pick(GOOD_THINGS),
  };
  const fill = (text: string): string =>
    text.replace(/\{([a-zA-Z0-9.]+)\}/g, (whole, key: string) => {
      const value = values[key];
      return value ? fill(value()) : whole;
    });
  return fill;
}

// ----- Everyday topics -----------------------------------------------------------------------------------------

type Tone = "pos" | "neu" | "neg";
type Pool = Record<Tone, string[]>;

const TOPICS: Record<string, Pool> = {
  work: {
    pos: [
      "Good day at work: I finally got {project} over the line.",
      "{boss} liked the draft for {project} and only had two small comments.",
      "Had a focused morning at work with no meetings, and got more done than in the whole of last week.",
      "Lunch with {col} in the park instead of at our desks. We should do that more.",
      "The team meeting was short and actually useful for once.",
      "Helped {col2} with a spreadsheet problem and it felt good to be useful.",
      "Work was calm. Cleared my inbox by four and went home on time.",
    ],
    neu: [
      "Work was mostly emails and a long call about {project}.",
      "Spent the afternoon on {project}. Slow progress, but progress.",
      "Three meetings back to back, then an hour of actual work.",
      "Worked from home today; the flat was very quiet.",
      "{col} is away this week, so I'm covering the shared inbox.",
      "Planning for next quarter started today. Lots of spreadsheets.",
      "Wrote up the notes from Thursday's workshop.",
    ],
    neg: [
      "Work was a slog. {project} is behind and everyone is tense.",
      "Long meeting with {boss} about deadlines; I came out of it tired and a bit deflated.",
      "The printer, the laptop and the booking system all broke on the same morning.",
      "Too many meetings, no time to think. I'm behind on everything.",
      "A client complained about {project} and it took the whole afternoon to sort out.",
      "Stayed late at work again and missed dinner.",
    ],
  },
  commute: {
    pos: [
      "Cycled in along {town}; the air was fresh and I arrived awake.",
      "Got a seat on the train and read the whole way.",
      "Walked home the long way and felt better for it.",
    ],
    neu: [
      "Took the bus; it was full of schoolchildren.",
      "The train was ten minutes late.",
      "Drove in because of the rain.",
    ],
    neg: [
      "The train was cancelled and I stood on the platform for forty minutes in the cold.",
      "Traffic was awful and I was late for the first meeting.",
      "Got soaked cycling in and sat in wet socks all morning.",
    ],
  },
  sleep: {
    pos: [
      "Slept eight hours straight for the first time in ages.",
      "Went to bed early with a book and woke up rested.",
      "Slept well and woke before the alarm.",
    ],
    neu: [
      "Woke at {hour} as usual.",
      "Slept okay, a bit restless around four.",
      "Had a strange dream about trains and my old school.",
    ],
    neg: [
      "Slept badly and woke at four with my mind racing.",
      "Tired all day after a bad night.",
      "{pet.name} woke me at five and I never got back to sleep.",
    ],
  },
  exercise: {
    pos: [
      "Ran {km} km along {town} and felt strong the whole way.",
      "Swam thirty lengths at lunchtime. My shoulders feel lovely and loose.",
      "Yoga in the living room for {minutes} minutes; calm afterwards.",
      "Long bike ride with {partner}, with a stop for cake.",
    ],
    neu: [
      "Short run, {km} km, nothing special.",
      "Did the stretching routine before breakfast.",
      "Walked {pet.name} round the park twice.",
      "Gym at lunchtime, mostly because I said I would.",
    ],
    neg: [
      "Skipped the run again; my knee is sore.",
      "Tried to run but gave up after two kilometres, legs like lead.",
      "No exercise this week and I can feel it.",
    ],
  },
  family: {
    pos: [
      "Long call with Mum; she sounded cheerful and Dad is walking better.",
      "{partner} made {dish} and we ate it on the sofa watching {show}.",
      "{sib} sent photos of the kids at the beach, which made my day.",
      "Cooked with {partner} and we laughed the whole time.",
      "Took Dad to the garden centre; he was in great form.",
    ],
    neu: [
      "Phoned Mum about the plans for Dad's appointment next week.",
      "{partner} is away for work until Thursday.",
      "{sib} called to ask about Mum's birthday present.",
      "Quiet evening at home with {partner}.",
    ],
    neg: [
      "{partner} and I were both tired and snappy with each other tonight.",
      "Mum sounded low on the phone and I worry about her being alone so much.",
      "Dad's appointment was cancelled again, and Mum is frustrated with the hospital.",
    ],
  },
  friends: {
    pos: [
      "Drinks with {friend} after work; we talked for hours and I came home happy.",
      "{friend2} came over for dinner and stayed until midnight.",
      "Long walk with {friend}, putting the world to rights.",
      "Quiz night at the pub with {friend2} and the others. We came third!",
    ],
    neu: [
      "Messaged {friend} about plans for the weekend.",
      "{friend2} has a new job and is moving across town.",
      "Coffee with {friend2}; mostly talked about flats and rent.",
    ],
    neg: [
      "Plans with {friend2} fell through at the last minute, which was disappointing.",
      "Felt a bit lonely this evening; everyone seems busy.",
    ],
  },
  reading: {
    pos: [
      "Finished {book}. A wonderful ending.",
      "Read in the bath for an hour. Bliss.",
      "Started {book} and can't put it down.",
    ],
    neu: [
      "Read a few chapters of {book} before bed.",
      "Got {book} from the library.",
      "Listened to a podcast about sleep on the way home.",
    ],
    neg: ["Couldn't concentrate on {book} at all tonight.", "Gave up on {book}; too slow for me at the moment."],
  },
  cooking: {
    pos: [
      "Made {dish} and it was delicious.",
      "Baked bread for the first time in months; the kitchen smelled amazing.",
      "Tried a new recipe, {dish}, and it's going on the regular list.",
    ],
    neu: ["Cooked {dish} for tomorrow's lunches too.", "Big shop at the supermarket.", "Leftovers for dinner."],
    neg: ["Burnt the rice and ordered a takeaway instead.", "Too tired to cook; cereal for dinner."],
  },
  chores: {
    pos: [
      "Cleaned the whole flat and it feels so good to sit in it.",
      "Finally sorted the wardrobe; three bags for the charity shop.",
    ],
    neu: [
      "Laundry, bins, the usual.",
      "Paid the bills and answered the letters from the council.",
      "Fixed the dripping tap with a video from the internet.",
    ],
    neg: [
      "The washing machine leaked all over the kitchen floor.",
      "The flat is a mess and I haven't the energy to deal with it.",
    ],
  },
  hobby: {
    pos: [
      "{weekly} tonight at {weekly.place}; I always come home lighter.",
      "Spent the afternoon in the garden; the tomatoes are finally coming.",
      "Played guitar for an hour and nailed the tricky bit of the song.",
    ],
    neu: ["{weekly} as usual.", "Repotted the plants on the windowsill.", "Sketched the view from the kitchen window."],
    neg: ["Missed {weekly} because of work, which annoyed me.", "Slugs have eaten half the lettuces."],
  },
  health: {
    pos: ["The cold is finally gone.", "Back feels much better after the physio."],
    neu: ["Dentist appointment; all fine.", "Booked the eye test I've been putting off."],
    neg: ["Headache all afternoon.", "Coming down with a cold; sore throat and tired."],
  },
  pet: {
    pos: [
      "{pet.name} did something ridiculous with a cardboard box and we laughed for ages.",
      "Lovely long walk with {pet.name} in the low sun.",
    ],
    neu: ["Took {pet.name} to the vet for the yearly check.", "{pet.name} has decided the new rug is hers."],
    neg: ["{pet.name} was sick on the carpet at two in the morning."],
  },
};

const WEEKEND_WORK: Pool = {
  pos: ["Finished the slides for the week ahead in an hour, and then forgot about work."],
  neu: ["Answered a few work emails from the sofa.", "Spent an hour preparing for next week's meetings."],
  neg: ["Work crept into the weekend: two hours on {project}, which annoyed me."],
};

const WEEKEND_TOPICS: Pool = {
  pos: [
    "Slow Saturday morning: pancakes and the radio.",
    "Market in the morning with {partner}; we came back with far too many vegetables.",
    "Walked along {town} with {partner} and had lunch in the sun.",
    "Read, napped, cooked, and did nothing I didn't want to.",
    "Day trip to the coast. Cold wind, chips on the sea wall, perfect.",
    "Brunch with {friend} and {friend2}; we stayed until they cleared the tables around us.",
    "Spent the afternoon at the museum; the new exhibition was beautiful.",
  ],
  neu: [
    "Saturday: errands, the supermarket, a nap.",
    "Sunday. Ironed shirts and planned the week.",
    "Helped {friend2} move a sofa up three flights of stairs.",
    "Visited Mum and Dad for the afternoon.",
  ],
  neg: [
    "The weekend went by in a blur of chores and I don't feel rested at all.",
    "Sunday evening dread about the week.",
    "Rained all weekend and we were stuck inside getting on each other's nerves.",
  ],
};

const WEATHER: Record<"winter" | "spring" | "summer" | "autumn", Pool> = {
  winter: {
    pos: ["Crisp, bright winter day with frost on the grass.", "Snow overnight! Everything was quiet and white."],
    neu: ["Dark by four again.", "Grey and cold all day.", "Frost on the car this morning."],
    neg: ["Freezing rain all day; I didn't see the sun once.", "The dark mornings are getting to me."],
  },
  spring: {
    pos: ["First properly warm day; the blossom is out along the street.", "Sunny and mild; ate lunch outside."],
    neu: ["Showers on and off all day.", "Windy, with a bit of sun in the afternoon."],
    neg: ["Cold again after last week's warm spell, which was depressing."],
  },
  summer: {
    pos: ["Warm evening; we ate outside until it got dark.", "Beautiful day, not too hot."],
    neu: ["Hot and sticky; the office fan barely helped.", "Thunderstorm in the evening cleared the air."],
    neg: ["Too hot to sleep.", "Heatwave. Everyone is irritable."],
  },
  autumn: {
    pos: [
      "Golden autumn light on the walk home; the trees along {town} are glorious.",
      "Cosy evening with the heating on.",
    ],
    neu: ["Leaves everywhere.", "Foggy morning."],
    neg: ["Rain, wind and a broken umbrella.", "Dark, wet and miserable outside."],
  },
};

// How entries often end: a line about the evening or the feeling of the day.
const CLOSERS: Pool = {
  pos: [
    "All in all a good day.",
    "Feeling more settled than I have in a while.",
    "Grateful for ordinary days like this one.",
    "Early night with a cup of tea. Content.",
    "Small things, but they added up to a nice day.",
  ],
  neu: [
    "Not much else to report.",
    "Early night, I think.",
    "Bed soon.",
    "That's about it for today.",
    "Tomorrow is another busy one.",
  ],
  neg: [
    "Glad this day is over.",
    "Going to bed early and hoping tomorrow is better.",
    "Tired and a bit flat tonight.",
    "One of those days where nothing quite worked.",
  ],
};

const DAY_OPENERS: Record<number, string[]> = {
  0: ["Monday. The inbox was full after the weekend.", "Back to work after the weekend."],
  4: ["Friday at last.", "Friday. Pizza and an early night."],
  6: ["Sunday.", "Quiet Sunday.", "Sunday call with Mum and Dad; all well at home."],
};

// ----- Worries -------------------------------------------------------------------------------------------------

export type WorryThemeId = "sibling" | "workMistake" | "friend" | "health" | "money";

type WorryTheme = {
  title: string;
  /** Everyday templates that would contradict the worry while it lasts. */
  avoid: string[];
  tags: string[];
  trigger: string[][];
  rumination: string[];
  context: string[];
  resolution: string[][];
  lesson: LessonId | null;
};

const WORRIES: Record<WorryThemeId, WorryTheme> = {
  sibling: {
    avoid: ["{sib}"],
    title: "the argument with {sib}",
    tags: ["family", "{sib}"],
    trigger: [
      [
        "Sunday lunch at Mum's ended in an argument with {sib} about who looks after Dad.",
        "I said {sib.pron} always leaves everything to me, and {sib.pron} walked out before dessert.",
        "Mum cried in the kitchen afterwards. I feel awful.",
      ],
      [
        "Big argument with {sib} on the phone about Dad's care and the money for the carer.",
        "I raised my voice and said things about {sib.poss} partner that I can't take back.",
        "{sib.Pron} hung up on me. I feel sick about it.",
      ],
    ],
    rumination: [
      "I can't stop thinking about what I said to {sib} at lunch.",
      "I keep replaying the argument with {sib}, over and over.",
      "Why did I bring up the money in front of Mum?",
      "I should have just listened to {sib} instead of raising my voice.",
      "What if {sib} stays angry with me for months, like last time?",
      "It was my fault; I knew Dad's care was a sore point for {sib.obj}.",
      "{sib} still hasn't answered my message, and I keep checking my phone.",
      "Lay awake going over the argument with {sib} again.",
      "Mum says to give {sib} time, but I can't let it go.",
      "Saw a photo of {sib} and the kids and felt sick about the argument all over again.",
      "I should have apologised to {sib} on the day, before it set hard.",
      "Why do I always turn into a teenager when I argue with {sib}?",
    ],
    context: [
      "Mum asked whether {sib} and I have made up yet.",
      "Wrote a message to {sib} and deleted it three times.",
      "Dad's appointment is next week and {sib} and I still haven't sorted out who takes him.",
    ],
    resolution: [
      [
        "Called {sib} tonight. We talked for an hour, both apologised, and agreed to take turns with Dad's appointments.",
        "Such a relief. I slept properly for the first time in weeks.",
      ],
    ],
    lesson: "waitADay",
  },
  workMistake: {
    avoid: ["{boss} liked", "{boss} told me"],
    title: "the mistake in the client quote",
    tags: ["work"],
    trigger: [
      [
        "Bad day. {boss} found a mistake in the quote I sent to the client: I'd used last year's prices in the whole thing.",
        "We had to send a correction with an apology, and I felt sick all afternoon.",
      ],
      [
        "I sent the wrong figures to the client for {project}, and {boss} had to phone them to apologise.",
        "Everyone in the office knew about it by lunchtime. Awful day.",
      ],
    ],
    rumination: [
      "I keep replaying the moment {boss} pointed at the wrong figures in front of everyone.",
      "Why did I not check the prices against the new list before sending the quote?",
      "I should have asked {col} to look over the quote before it went out.",
      "I can't stop thinking about the client's email about the wrong figures.",
      "What if they don't renew the contract because of my mistake?",
      "The mistake in the quote was my fault, and everyone knows it.",
      "Lay awake going over the figures in the quote again.",
      "Checked the corrected quote three times today; I'm still anxious about it.",
      "{col} says everyone makes mistakes like that, but I can't let it go.",
      "Another meeting about the quote today; I felt everyone looking at me again.",
      "I messed up the quote and I keep waiting for {boss} to bring it up.",
    ],
    context: [
      "{boss} didn't mention the quote today.",
      "Redid the price list for the whole team so it can't happen again.",
    ],
    resolution: [
      [
        "The client signed the renewal today. {boss} said the correction was handled well and that it's done.",
        "I can breathe again.",
      ],
    ],
    lesson: "askForHelp",
  },
  friend: {
    avoid: ["{friend}"],
    title: "{friend} going quiet",
    tags: ["friends", "{friend}"],
    trigger: [
      [
        "{friend} cancelled dinner by text an hour before, for the third time this month.",
        "I snapped at {friend.obj} in my reply and now {friend.pron} isn't answering.",
        "I feel stupid and a bit hurt.",
      ],
    ],
    rumination: [
      "{friend} hasn't replied in a week, and I keep going over our last conversation.",
      "What if {friend} is angry about something I did?",
      "Why do I always assume the worst when {friend} goes quiet?",
      "I should have asked {friend} if everything was okay instead of snapping.",
      "I can't stop checking whether {friend} has read my message.",
      "Still upset about the message I sent {friend}; it was unkind.",
      "Saw {friend}'s photos online and felt left out all over again.",
      "I keep thinking about {friend} and how long we've been friends.",
    ],
    context: ["Nothing from {friend} today.", "{friend2} says {friend} has been busy with family things."],
    resolution: [
      [
        "{friend} finally called: {friend.poss} dad has been ill and {friend.pron}'s been overwhelmed.",
        "I felt bad for assuming the worst, but we were laughing by the end of the call.",
      ],
    ],
    lesson: "callDontText",
  },
  health: {
    avoid: ["The cold is finally gone", "all fine"],
    title: "the blood test",
    tags: ["health"],
    trigger: [
      [
        "The GP called: my blood test results were a bit off and she wants to repeat the test in two weeks.",
        "She said not to worry, but I've been anxious all evening.",
      ],
    ],
    rumination: [
      "I can't stop thinking about the blood test results.",
      "What if the blood test shows something serious and I ignored the signs for years?",
      "Read far too much online about the results again, which made the worry worse.",
      "I should have gone to the GP years ago instead of ignoring the tiredness.",
      "Lay awake again counting the days to the second blood test.",
      "I keep replaying the GP's voice on the phone.",
      "Why did I look up the results online again? It only makes me more scared.",
    ],
    context: [
      "Ten days until the second blood test.",
      "Told {partner} about the blood test; {partner} was calm about it.",
    ],
    resolution: [
      [
        "The second blood test came back normal. The GP said the first one was probably because I'd had a cold.",
        "Walked home in the sun feeling ten years younger.",
      ],
    ],
    lesson: "worryCostsSleep",
  },
  money: {
    avoid: ["tax refund"],
    title: "the car repair bill",
    tags: ["money"],
    trigger: [
      [
        "The garage called: the car needs a new clutch, nine hundred pounds.",
        "That's the holiday money gone. I feel so stupid for not saving more.",
      ],
    ],
    rumination: [
      "I keep doing the sums for the repair bill in my head, over and over.",
      "I should have put money aside every month like I planned.",
      "Why did I book the expensive flights in the spring?",
      "What if something else goes wrong with the car before payday?",
      "I can't stop thinking about the garage bill.",
      "It's my fault we're short this month.",
    ],
    context: ["Looked at the bank balance again.", "{partner} says we'll manage, and we probably will."],
    resolution: [["Paid the garage bill today and we're still okay for the month.", "A weight off."]],
    lesson: "saveFirst",
  },
};

// ----- Lessons -------------------------------------------------------------------------------------------------

export type LessonId =
  | "askForHelp"
  | "waitADay"
  | "callDontText"
  | "worryCostsSleep"
  | "saveFirst"
  | "walkBeforeWork"
  | "phoneInKitchen"
  | "threeTasks"
  | "noAgenda"
  | "sundayCooking"
  | "readBeforeBed";

type LessonTheme = { text: string; before: string[]; first: string; again: string; after: string[]; tags: string[] };

const LESSONS: Record<LessonId, LessonTheme> = {
  askForHelp: {
    text: "asking for help early saves days",
    before: ["Asked {col} to check my numbers before sending them today, and {col.pron} found a typo in five minutes."],
    first: "I learned that asking for help early saves days.",
    again:
      "Reminded myself of what I learned after the quote: asking for help early saves days, and it did again today.",
    after: ["Writing it down so I remember it next time I'm tempted to struggle alone."],
    tags: ["work", "lesson"],
  },
  waitADay: {
    text: "wait a day before replying when angry",
    before: ["{partner} and I almost argued about the holidays tonight, and I caught myself."],
    first: "Lesson learned from the row with {sib}: when I'm angry, I wait a day before I say anything.",
    again: "Waited a day before answering a sharp email, like I learned to. Next time I will do the same.",
    after: ["By the morning it didn't matter any more."],
    tags: ["lesson"],
  },
  callDontText: {
    text: "a phone call fixes what messages can't",
    before: ["Phoned {friend2} instead of sending another message about the trip."],
    first: "I learned that a phone call fixes in ten minutes what a week of messages can't.",
    again: "Called instead of texting again; I realized it works every time.",
    after: ["Sorted in ten minutes."],
    tags: ["friends", "lesson"],
  },
  worryCostsSleep: {
    text: "worrying before results changes nothing",
    before: ["Waiting for a reply about the flat and noticed the old habit of imagining the worst."],
    first: "I realized that worrying before the results just costs me sleep and changes nothing.",
    again: "Going forward, I'll wait for the facts before I worry; the blood test taught me that.",
    after: ["Slept fine."],
    tags: ["health", "lesson"],
  },
  saveFirst: {
    text: "save a fixed amount on payday",
    before: ["Payday."],
    first: "From now on a fixed amount goes into savings on payday, before I can spend it.",
    again: "The savings pot is growing; setting it aside on payday was the right lesson from the car bill.",
    after: ["Feels grown-up and calm."],
    tags: ["money", "lesson"],
  },
  walkBeforeWork: {
    text: "a walk before work makes the day calmer",
    before: ["Walked to work the long way along {town} this morning."],
    first: "I realized that a short walk before work makes the whole day calmer.",
    again: "Walked before work again; I learned this a while ago and it still works: calmer all day.",
    after: ["Going to make it a habit."],
    tags: ["exercise", "lesson"],
  },
  phoneInKitchen: {
    text: "phone out of the bedroom at ten",
    before: ["Third night with the phone charging in the kitchen."],
    first: "From now on my phone stays in the kitchen after ten; I sleep so much better without it.",
    again: "Note to self: the phone-in-the-kitchen rule is the best thing I've done for my sleep this year.",
    after: ["Read instead and fell asleep by eleven."],
    tags: ["sleep", "lesson"],
  },
  threeTasks: {
    text: "write the three most important tasks first",
    before: ["Chaotic week at work, so I tried something new this morning."],
    first: "What helped today was writing the three most important tasks on paper before opening email.",
    again: "Three tasks on paper before email again; the lesson holds, it's my best day when I do it.",
    after: ["Done by three, with time left over."],
    tags: ["work", "lesson"],
  },
  noAgenda: {
    text: "say no to meetings without an agenda",
    before: ["Declined two meetings this week that had no agenda."],
    first: "Going forward I'll say no to meetings without an agenda; I got two whole afternoons back.",
    again: "Turned down another meeting without an agenda. Lesson kept.",
    after: ["{boss} didn't mind at all."],
    tags: ["work", "lesson"],
  },
  sundayCooking: {
    text: "cook on Sunday for the week",
    before: ["Cooked {dish} and a tray of roast vegetables on Sunday afternoon."],
    first: "Note to self: cooking on Sunday for the week means calm weekday evenings and no takeaway.",
    again: "Sunday cooking again; I learned it saves the whole week.",
    after: ["Lunches sorted until Thursday."],
    tags: ["food", "lesson"],
  },
  readBeforeBed: {
    text: "reading before bed beats the screen",
    before: ["Read {book} in bed instead of scrolling."],
    first: "I learned that twenty minutes of reading before bed works better than any sleep app.",
    again: "Back to reading before bed, like I learned in the spring; asleep in twenty minutes.",
    after: ["Woke up rested."],
    tags: ["reading", "lesson"],
  },
};

const STANDALONE_LESSONS: LessonId[] = [
  "walkBeforeWork",
  "phoneInKitchen",
  "threeTasks",
  "noAgenda",
  "sundayCooking",
  "readBeforeBed",
];

// ----- Dates ---------------------------------------------------------------------------------------------------

// Chance of writing on each weekday (Monday first): steady in the week, patchier on Saturdays.
const WRITE_CHANCE = [0.9, 0.88, 0.88, 0.87, 0.8, 0.7, 0.86];
const HOLIDAY_CHANCE = 0.004; // per day: a break of 4–12 days about once every eight months

function journalDates(rng: Rng, count: number, anchor: string, forward: boolean, holidays = true): string[] {
  const dates: string[] = [];
  let day = anchor;
  const step = forward ? 1 : -1;
  while (dates.length < count) {
    const first = dates.length === 0;
    if (!first && holidays && rng.chance(HOLIDAY_CHANCE)) {
      day = addDays(day, step * rng.int(4, 12));
      continue;
    }
    if (first || rng.chance(WRITE_CHANCE[weekdayIndex(day)]!)) dates.push(day);
    day = addDays(day, step);
  }
  if (!forward) dates.reverse();
  if (Number(dates[0]!.slice(0, 4)) < 1900) throw new Error(`${count} entries before ${anchor} reach before 1900`);
  return dates;
}

function season(date: string): keyof typeof WEATHER {
  const month = Number(date.slice(5, 7));
  if (month === 12 || month <= 2) return "winter";
  if (month <= 5) return "spring";
  if (month <= 8) return "summer";
  return "autumn";
}

// ----- The plan: when worries start and return, when lessons are written -----------------------------------------

function planJournal(rng: Rng, count: number): { worries: PlannedWorry[]; lessons: PlannedLesson[] } {
  const worries: PlannedWorry[] = [];
  const lessons: PlannedLesson[] = [];
  const themes = rng.shuffle(Object.keys(WORRIES) as WorryThemeId[]);
  const usedLessons = new Set<LessonId>();
  // About one worry every three months, at least one; themes come back (a second row with the sibling).
  const arcCount = count < 20 ? (count >= 8 ? 1 : 0) : Math.max(1, Math.round(count / 90));
  for (let k = 0; k < arcCount; k++) {
    const theme = themes[k % themes.length]!;
    const slot = Math.floor((count / arcCount) * k);
    const trigger = Math.min(count - 3, slot + rng.int(1, Math.max(2, Math.floor(count / arcCount / 3))));
    if (trigger < 0) break;
    const length = Math.min(count - trigger - 1, rng.int(18, 45));
    const tau = length / 2.5;
    const returns: number[] = [];
    for (let d = 1; d <= length; d++) {
      if (rng.chance(0.08 + 0.8 * Math.exp(-d / tau))) returns.push(trigger + d);
    }
    for (let d = 1; returns.length < 3 && trigger + d < count; d += 2) {
      if (!returns.includes(trigger + d)) returns.push(trigger + d);
    }
    returns.sort((a, b) => a - b);
    const last = returns.at(-1) ?? trigger;
    const resolves = rng.chance(0.7) && last + 2 < count;
    const resolution = resolves ? last + rng.int(1, 2) : null;
    worries.push({ theme, trigger, returns, resolution });
    const lesson = WORRIES[theme].lesson;
    if (resolution !== null && lesson && !usedLessons.has(lesson) && resolution + 3 < count && rng.chance(0.85)) {
      usedLessons.add(lesson);
      const at = [resolution + rng.int(2, 6)];
      const again = at[0]! + rng.int(15, 60);
      if (rng.chance(0.5) && again < count) at.push(again);
      lessons.push({ id: lesson, at: at.filter((i) => i < count) });
    }
  }
  // Everyday lessons: about one every two months, each stated once or twice.
  const standalone = rng.shuffle(STANDALONE_LESSONS);
  const wanted = Math.min(standalone.length, count < 20 ? 0 : Math.max(1, Math.round(count / 60)));
  for (let k = 0; k < wanted; k++) {
    const first = Math.floor((count / wanted) * k) + rng.int(0, Math.max(0, Math.floor(count / wanted) - 1));
    if (first >= count) continue;
    const at = [first];
    const again = first + rng.int(20, 80);
    if (rng.chance(0.5) && again < count) at.push(again);
    lessons.push({ id: standalone[k]!, at });
  }
  return { worries, lessons };
}

// ----- Writing one entry ---------------------------------------------------------------------------------------

type Paragraph = string[];

function toneFor(rng: Rng, mood: number): Tone {
  const pos = Math.min(0.8, Math.max(0.05, 0.2 + 0.28 * (mood - 2.8)));
  const neg = Math.min(0.8, Math.max(0.04, 0.15 + 0.28 * (3 - mood)));
  const r = rng.next() * Math.max(1, pos + neg + 0.25);
  return r < pos ? "pos" : r < pos + neg ? "neg" : "neu";
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

// Keeps a sentence from naming another day than the one it is written on ("Lazy Sunday" on a Saturday).
function fitsDay(template: string, weekday: number | null): boolean {
  if (weekday === null) return true;
  return DAY_NAMES.every((name, k) => k === weekday || !template.includes(name));
}

// Sentence starts after filling: "{project} is behind" must read "The spring catalogue is behind".
function capitalise(text: string): string {
  return (text.charAt(0).toUpperCase() + text.slice(1)).replace(/([.!?;:] )([a-z])/g, (_, p: string, c: string) =>
    p.endsWith("; ") || p.endsWith(": ") ? p + c : p + c.toUpperCase(),
  );
}

class Writer {
  private recent: string[] = [];
  /** The weekday (0 = Monday) of the entry being written, or null for no restriction. */
  weekday: number | null = null;
  /** Templates containing any of these are not used (a sibling we are not speaking to does not call). */
  avoid: string[] = [];

  constructor(
    private rng: Rng,
    private fill: (text: string) => string,
  ) {}

  choose(pool: readonly string[]): string {
    return this.chooseMany(pool, 1)[0] ?? "";
  }

  // Picks n different templates that fit the day, preferring ones not used in the last 60 sentences, and
  // fills them.
  chooseMany(pool: readonly string[], n: number): string[] {
    const fitting = pool.filter((t) => fitsDay(t, this.weekday) && !this.avoid.some((a) => t.includes(a)));
    const candidates = fitting.length > 0 ? fitting : [...pool];
    const order = this.rng
      .shuffle(candidates)
      .sort((a, b) => Number(this.recent.includes(a)) - Number(this.recent.includes(b)));
    const picked: string[] = [];
    for (const template of order.slice(0, n)) {
      this.recent.push(template);
      picked.push(capitalise(this.fill(template)));
    }
    while (this.recent.length > 60) this.recent.shift();
    return picked;
  }
}

type DayContext = {
  date: string;
  weekday: number;
  weekend: boolean;
  mood: number;
};

function everyday(
  rng: Rng,
  writer: Writer,
  persona: Persona,
  day: DayContext,
  sentences: number,
): {
  paragraphs: Paragraph[];
  topics: string[];
} {
  const weights: [string, number][] = day.weekend
    ? [
        ["weekend", 0.7],
        ["family", 0.45],
        ["friends", 0.4],
        ["exercise", 0.4],
        ["cooking", 0.35],
        ["chores", 0.35],
        ["reading", 0.3],
        ["hobby", 0.3],
        ["weather", 0.4],
        ["sleep", 0.2],
        ["pet", 0.25],
        ["work", 0.08],
      ]
    : [
        ["work", 0.8],
        ["commute", 0.2],
        ["sleep", 0.3],
        ["exercise", 0.3],
        ["family", 0.25],
        ["friends", 0.15],
        ["weather", 0.3],
        ["reading", 0.2],
        ["cooking", 0.2],
        ["chores", 0.12],
        ["hobby", 0.1],
        ["health", 0.06],
        ["pet", 0.15],
      ];
  const topics = weights.filter(([, p]) => rng.chance(p)).map(([t]) => t);
  if (day.weekday === persona.weekly.day && !topics.includes("hobby")) topics.push("weekly");
  if (topics.length === 0) topics.push(day.weekend ? "weekend" : "work");
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = [];
  const opener = DAY_OPENERS[day.weekday];
  if (opener && rng.chance(0.35)) current.push(writer.choose(opener));
  let budget = sentences;
  for (const topic of rng.shuffle(topics)) {
    if (budget <= 0) break;
    const tone = toneFor(rng, day.mood);
    const pool =
      topic === "weekend"
        ? WEEKEND_TOPICS
        : topic === "weather"
          ? WEATHER[season(day.date)]
          : topic === "weekly"
            ? {
                pos: ["{weekly} tonight at {weekly.place}; I always come home lighter."],
                neu: ["{weekly} as usual."],
                neg: ["Dragged myself to {weekly}, but I was glad I went."],
              }
            : topic === "work" && day.weekend
              ? WEEKEND_WORK
              : TOPICS[topic]!;
    // Weather, sleep and the like get one sentence (two would often contradict each other).
    const most = ONE_SENTENCE_TOPICS.has(topic) ? 1 : 3;
    const n = Math.min(budget, most, 1 + Number(rng.chance(0.45)) + Number(rng.chance(0.15)));
    current.push(...writer.chooseMany(pool[tone], n));
    budget -= n;
    if (current.length >= 3 && rng.chance(0.5)) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (budget > 0 || rng.chance(0.3)) current.push(writer.choose(CLOSERS[toneFor(rng, day.mood)]));
  if (current.length > 0) paragraphs.push(current);
  return { paragraphs, topics: topics.map((t) => (t === "weekly" ? "hobby" : t)) };
}

// Most entries are a short paragraph or two; a few are a line, a few run long (weekends longer).
const ONE_SENTENCE_TOPICS = new Set(["weather", "sleep", "commute", "health", "weekly", "pet"]);

function sentenceCount(rng: Rng, weekend: boolean): number {
  const r = rng.next();
  if (r < 0.08) return rng.int(1, 2);
  if (r < 0.9) return weekend ? rng.int(4, 9) : rng.int(3, 7);
  return rng.int(9, 15);
}

function joinParagraphs(paragraphs: Paragraph[]): string {
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(" "))
    .join("\n\n");
}

// ----- The journal ---------------------------------------------------------------------------------------------

export function generateJournal(options: Partial<JournalOptions> = {}): SyntheticJournal {
  const o: JournalOptions = { ...JOURNAL_DEFAULTS, ...options };
  const count = o.dates ? o.dates.length : Math.max(0, Math.floor(o.entries));
  const rng = createRng(o.seed);
  const persona = makePersona(rng);
  const fill = filler(persona, rng);
  const writer = new Writer(rng, fill);
  if (count === 0) return { records: [], truth: [], worries: [], lessons: [] };

  if (o.dates?.some((d, k) => !isIsoDay(d) || (k > 0 && d <= o.dates![k - 1]!))) {
    throw new Error("dates must be real days (YYYY-MM-DD) in strictly increasing order");
  }
  const holidays = o.holidays !== false;
  const dates = o.dates
    ? [...o.dates]
    : o.start
      ? journalDates(rng, count, o.start, true, holidays)
      : journalDates(rng, count, o.end, false, holidays);
  const plan = o.plan ?? planJournal(rng, count);

  // Per entry: which worry (and role) and which lesson it carries. Lessons never share an entry with a worry
  // return: they move to the next free entry.
  const worryAt = new Map<number, { arc: number; role: WorryRole }[]>();
  const arcs: WorryArc[] = plan.worries.map((w, arc) => {
    const add = (index: number, role: WorryRole) => {
      if (index < 0 || index >= count) return;
      const list = worryAt.get(index) ?? [];
      list.push({ arc, role });
      worryAt.set(index, list);
    };
    add(w.trigger, "trigger");
    w.returns.forEach((i) => add(i, "rumination"));
    if (w.resolution !== null) add(w.resolution, "resolution");
    return {
      id: `${w.theme}-${arc + 1}`,
      theme: w.theme,
      title: fill(WORRIES[w.theme].title),
      trigger: w.trigger,
      returns: w.returns.filter((i) => i >= 0 && i < count),
      resolution: w.resolution !== null && w.resolution < count ? w.resolution : null,
    };
  });
  const lessonAt = new Map<number, { id: LessonId; repeat: boolean }>();
  const lessons: LessonPlan[] = plan.lessons.map((l) => {
    const indices: number[] = [];
    l.at.forEach((at, k) => {
      let i = at;
      while (i < count && (lessonAt.has(i) || worryAt.has(i))) i++;
      if (i >= count) return;
      lessonAt.set(i, { id: l.id, repeat: k > 0 });
      indices.push(i);
    });
    return { id: l.id, text: LESSONS[l.id].text, indices };
  });

  // Worry intensity fades with the entries since its trigger; it weighs on mood and on how much of the entry
  // the worry takes up.
  const records: JournalRecord[] = [];
  const truth: EntryTruth[] = [];
  let moodDrift = 0;
  for (let index = 0; index < count; index++) {
    const date = dates[index]!;
    const weekday = weekdayIndex(date);
    const weekend = weekday >= 5;
    const worries = worryAt.get(index) ?? [];
    const lesson = lessonAt.get(index) ?? null;

    moodDrift = 0.8 * moodDrift + 0.25 * rng.normal();
    let mood = 3.15 + moodDrift + 0.3 * rng.normal();
    if (weekend) mood += 0.35;
    if (weekday === 4) mood += 0.2;
    if (weekday === 0) mood -= 0.25;
    const s = season(date);
    if (s === "summer") mood += 0.15;
    if (s === "winter") mood -= 0.15;
    const birthday = date.slice(5) === persona.birthday;
    if (birthday) mood += 0.8;
    const worryInfo = worries.map(({ arc, role }) => {
      const a = arcs[arc]!;
      const since = index - a.trigger;
      const intensity = role === "trigger" ? 1 : role === "resolution" ? 0 : Math.max(0.3, Math.exp(-since / 20));
      return { arc: a, role, intensity, focus: plan.worries[arc]!.focus };
    });
    for (const w of worryInfo) {
      if (w.role === "trigger") mood -= 1.7;
      else if (w.role === "rumination") mood -= 0.6 + 0.7 * w.intensity;
      else mood += 0.9;
    }
    if (lesson) mood += 0.6;
    const goodNews = !worryInfo.length && rng.chance(0.06);
    if (goodNews) mood += 0.8;
    const latentMood = Math.min(5.4, Math.max(0.6, mood));
    const day: DayContext = { date, weekday, weekend, mood: latentMood };
    writer.weekday = weekday;
    writer.avoid = arcs.flatMap((arc) => {
      const until = arc.resolution ?? (arc.returns.at(-1) ?? arc.trigger) + 5;
      return index >= arc.trigger && index < until ? WORRIES[arc.theme].avoid : [];
    });

    const paragraphs: Paragraph[] = [];
    const topics: string[] = [];
    const tags = new Set<string>();

    // The worry (or worries) of the day.
    let worryShare = 0;
    for (const w of worryInfo) {
      const theme = WORRIES[w.arc.theme];
      theme.tags.forEach((t) => tags.add(fill(t).toLowerCase()));
      if (w.role === "trigger") {
        paragraphs.push(rng.pick(theme.trigger).map(fill));
        worryShare = Math.max(worryShare, 0.8);
      } else if (w.role === "resolution") {
        paragraphs.push(rng.pick(theme.resolution).map(fill));
        worryShare = Math.max(worryShare, 0.5);
      } else {
        const focus = w.focus ?? 0.35 + 0.45 * w.intensity;
        const n = focus > 0.6 ? rng.int(2, 4) : rng.int(1, 3);
        const p = writer.chooseMany(theme.rumination, n);
        if (rng.chance(0.3)) p.splice(rng.int(0, p.length), 0, writer.choose(theme.context));
        paragraphs.push(p);
        worryShare = Math.max(worryShare, focus);
      }
    }

    // A lesson: context, the lesson itself, a follow-up.
    if (lesson) {
      const theme = LESSONS[lesson.id];
      const bold = rng.chance(0.25);
      const statement = fill(lesson.repeat ? theme.again : theme.first);
      paragraphs.push([
        writer.choose(theme.before),
        bold ? `**${statement}**` : statement,
        ...(rng.chance(0.7) ? [writer.choose(theme.after)] : []),
      ]);
      theme.tags.forEach((t) => tags.add(t));
    }

    // Everyday life fills the rest.
    let total = sentenceCount(rng, weekend);
    if (worryShare > 0) total = Math.max(1, Math.round(total * (1 - worryShare)));
    if (lesson) total = Math.max(1, total - 2);
    if (birthday) {
      paragraphs.unshift([
        writer.choose([
          "My birthday! {partner} brought breakfast in bed and {sib} called first thing.",
          "My birthday! {partner} brought breakfast in bed and Mum sang down the phone.",
        ]),
      ]);
    }
    if (goodNews) {
      paragraphs.unshift([
        writer.choose([
          "Great news: the offer on the flat was accepted.",
          "{boss} told me my work on {project} made a real difference.",
          "{sib} is expecting a baby, and I'm thrilled.",
          "The tax refund came through, much bigger than expected.",
          "Got tickets for the concert in the spring!",
          "{partner} booked a surprise weekend away for us.",
          "Good news from {friend2}: the new job is going brilliantly.",
        ]),
      ]);
    }
    const life = everyday(rng, writer, persona, day, total);
    topics.push(...life.topics);
    const lifeFirst = worryShare < 0.7 && rng.chance(0.6);
    if (lifeFirst) paragraphs.unshift(...life.paragraphs);
    else paragraphs.push(...life.paragraphs);

    // Markdown, now and then.
    const blocks: string[] = [];
    if (rng.chance(0.08))
      blocks.push(
        rng.chance(0.5)
          ? `## ${DAY_NAMES[weekday]}`
          : `# ${headingFor(worryInfo.length > 0, lesson !== null, weekend, rng)}`,
      );
    blocks.push(joinParagraphs(paragraphs));
    const triggered = worryInfo.some((w) => w.role === "trigger");
    if (!triggered && rng.chance(weekend || latentMood > 3.6 ? 0.09 : 0.04)) {
      const goods = writer.chooseMany(GOOD_THINGS, 3).map((g) => `- ${g}`);
      blocks.push(`Three good things:\n${goods.join("\n")}`);
    } else if (rng.chance(0.04)) {
      const todo = [
        "call Mum",
        "finish the slides",
        "book the dentist",
        "buy a birthday card for {friend2}",
        "pay the gas bill",
        "return {book} to the library",
      ].map(fill);
      blocks.push(
        `Tomorrow:\n${rng
          .shuffle(todo)
          .slice(0, rng.int(2, 4))
          .map((t) => `- ${t}`)
          .join("\n")}`,
      );
    }
    let body = blocks.filter(Boolean).join("\n\n");
    // Now and then a sentence gets emphasis.
    if (rng.chance(0.06)) {
      const sentences = body.match(/(?<=^|\n\n|\. )[A-Z][^.!?\n*#-]{8,80}[.!?]/g) ?? [];
      if (sentences.length > 0) {
        const chosen = rng.pick(sentences);
        body = body.replace(chosen, rng.chance(0.6) ? `**${chosen}**` : `*${chosen}*`);
      }
    }

    topics.forEach((t) => rng.chance(0.5) && tags.add(t === "weekend" ? "weekend" : t));
    const record: JournalRecord = { date, body };
    if (rng.chance(o.moodRate)) record.mood = Math.min(5, Math.max(1, Math.round(latentMood)));
    if (tags.size > 0 && rng.chance(o.tagRate)) record.tags = [...tags].slice(0, 4);
    records.push(record);
    truth.push({
      weekend,
      topics,
      worry: worryInfo[0] ? { id: worryInfo[0].arc.id, role: worryInfo[0].role } : null,
      lesson,
      latentMood,
    });
  }

  return { records, truth, worries: arcs, lessons };
}

function headingFor(worry: boolean, lesson: boolean, weekend: boolean, rng: Rng): string {
  if (lesson) return rng.pick(["Something that works", "Note for later", "Good day"]);
  if (worry) return rng.pick(["Heavy day", "Can't settle", "Tired"]);
  return weekend
    ? rng.pick(["Weekend", "Slow day", "Out and about"])
    : rng.pick(["Long day", "Ordinary day", "Midweek"]);
}

/**
 * A month of entries (25 over 30 days) from a user with one recurring worry (an argument with their
 * sibling, triggered in the first days and returned to with ruminative language in nine later entries, never
 * resolved) and three clear lessons (one restated once). The acceptance case of the memory panel: the lessons
 * belong under Keep, the worry under Let go.
 */
export function monthWithRecurringWorry(options: { seed?: number; end?: string } = {}): SyntheticJournal {
  const seed = options.seed ?? 7;
  const end = options.end ?? "2025-11-30";
  // 30 days ending on `end`; five of them (never the first three or the last) go unwritten.
  const rng = createRng(seed + 1000);
  const skipped = new Set(rng.shuffle(Array.from({ length: 26 }, (_, k) => k + 3)).slice(0, 5));
  const dates = Array.from({ length: 30 }, (_, k) => addDays(end, k - 29)).filter((_, k) => !skipped.has(k));
  return generateJournal({
    seed,
    dates,
    moodRate: 0.9,
    plan: {
      // A worry that fills most of the entries it comes back in, as it does when it is on your mind.
      worries: [
        { theme: "sibling", trigger: 2, returns: [3, 4, 6, 8, 10, 13, 16, 19, 22], resolution: null, focus: 0.8 },
      ],
      lessons: [
        { id: "askForHelp", at: [7] },
        { id: "walkBeforeWork", at: [12, 23] },
        { id: "phoneInKitchen", at: [18] },
      ],
    },
  });
}

// ----- Command line --------------------------------------------------------------------------------------------

const USAGE = `Usage: npx tsx scripts/synthetic-journal.ts [--entries N] [--seed S]
         [--end YYYY-MM-DD | --start YYYY-MM-DD] [--preset month] [--out file.json]

Writes a deterministic synthetic journal in the import format [{date, body, mood?, tags?}].

  --entries N     number of entries (default 365)
  --seed S        PRNG seed (default 1); the same options always give the same file
  --end DAY       date of the last entry (default 2025-12-31)
  --start DAY     date of the first entry instead (the journal runs forward from it)
  --preset month  a month with a recurring worry and a few clear lessons (ignores --entries)
  --out FILE      where to write (default: standard output)`;

function main(argv: string[]): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        entries: { type: "string" },
        seed: { type: "string" },
        end: { type: "string" },
        start: { type: "string" },
        preset: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(1);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const number = (text: string | undefined, name: string, fallback: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
      console.error(`--${name} must be a whole number, got "${text}"`);
      process.exit(1);
    }
    return n;
  };
  const day = (text: string | undefined, name: string) => {
    if (text !== undefined && !isIsoDay(text)) {
      console.error(`--${name} must be a date like 2025-12-31, got "${text}"`);
      process.exit(1);
    }
    return text;
  };
  const seed = number(values.seed, "seed", JOURNAL_DEFAULTS.seed);
  const end = day(values.end, "end");
  const start = day(values.start, "start");
  let journal: SyntheticJournal;
  if (values.preset !== undefined) {
    if (values.preset !== "month") {
      console.error(`Unknown preset "${values.preset}" (known: month)`);
      process.exit(1);
    }
    journal = monthWithRecurringWorry({ seed: values.seed === undefined ? undefined : seed, end });
  } else {
    journal = generateJournal({
      entries: number(values.entries, "entries", JOURNAL_DEFAULTS.entries),
      seed,
      ...(end ? { end } : {}),
      ...(start ? { start } : {}),
    });
  }
  const json = JSON.stringify(journal.records, null, 2) + "\n";
  if (values.out) {
    fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    fs.writeFileSync(values.out, json);
    const first = journal.records[0]?.date ?? "-";
    const last = journal.records.at(-1)?.date ?? "-";
    console.error(`Wrote ${journal.records.length} entries (${first} to ${last}) to ${values.out}`);
  } else {
    process.stdout.write(json);
  }
}

// Run as a command only when this file is the script tsx was given, never when a test imports it.
if (/synthetic-journal\.ts$/.test(process.argv[1] ?? "")) main(process.argv.slice(2));
