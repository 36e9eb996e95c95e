// A small journal with planted returning topics, written for the memory tests (no cue phrases from lib/text):
// every day is a few everyday sentences drawn at random, and three topics (a leaking roof, a sister's
// wedding, learning the cello) come back every two to four weeks. Embedded with the real local word vectors,
// so the test sees what the app would see. `themes` (optional) marks each entry's planted topic.
import { LocalEmbedder } from "../../../lib/embedding/local";
import type { MemoryEntry } from "../../../lib/memory/features";
import { seededRandom } from "../../../lib/memory/initial-weights";

const EVERYDAY = [
  "It rained most of the morning and the bus was full of wet umbrellas.",
  "Made a big pot of soup with carrots, onions and the last of the potatoes.",
  "The train was late again so I read a few chapters of my novel on the platform.",
  "Bought new running shoes because the old ones finally fell apart.",
  "Watched a documentary about whales and fell asleep before the end.",
  "The neighbours had friends over and their music went on until midnight.",
  "Cleaned the kitchen cupboards and threw out a lot of old spices.",
  "Went for a long walk along the canal and saw two herons.",
  "The office heating was broken so everyone wore coats at their desks.",
  "Tried a new bakery near the station; the bread was excellent.",
  "Spent the evening sorting photos from last summer.",
  "The supermarket had run out of eggs and milk.",
  "Fixed the bicycle chain with help from a video online.",
  "A quiet day at work, mostly answering email and filing reports.",
  "Had lunch in the park because the sun came out at noon.",
  "Our team meeting was moved twice and finally cancelled.",
  "Played board games with the flatmates after dinner.",
  "The cat knocked a glass off the table and hid under the bed.",
  "Paid the electricity bill and checked the bank statement.",
  "Listened to an old jazz record while ironing shirts.",
  "Went swimming at the public pool before breakfast.",
  "The printer jammed three times during the afternoon.",
  "Picked up a parcel from the post office on the way home.",
  "Baked banana bread with the overripe bananas.",
  "Took the long way home through the market and bought cheese.",
  "The wind blew the recycling bins over in the night.",
  "Watered the plants on the balcony and repotted the basil.",
  "Read the newspaper over a slow breakfast.",
  "The dentist appointment went fine, no fillings this time.",
  "Called an old school friend who has moved to the coast.",
];

const TOPICS: Record<string, string[]> = {
  roof: [
    "The roof is leaking again above the bedroom and water dripped into the bucket all night.",
    "The builder still has not come to look at the roof tiles and the ceiling stain is growing.",
    "Another storm, and the attic was soaked; the insulation will have to be replaced.",
    "Phoned three roofers about the leak; the quotes are far more than we can afford.",
    "Moved the wardrobe away from the damp wall where the roof leaks.",
    "The landlord says the gutter and the roof repair must wait until spring.",
  ],
  wedding: [
    "My sister called about the wedding venue and the guest list is already too long.",
    "Spent the evening choosing flowers and table plans for my sister's wedding.",
    "The wedding caterer changed the menu again and my sister is upset.",
    "Tried on the bridesmaid dress; it needs taking in at the waist before the wedding.",
    "Helped my sister write the wedding invitations by hand.",
    "Her fiancé's family want a bigger wedding and the budget keeps rising.",
  ],
  cello: [
    "Practised the cello scales for an hour and my fingers are sore.",
    "My cello teacher says my bowing is steadier but the intonation is still off.",
    "Played the first page of the Bach suite on the cello without stopping.",
    "Bought new cello strings and rosin from the music shop.",
    "The cello lesson was hard today; the shifting exercises are slow going.",
    "Recorded myself playing the cello and the vibrato sounds thin.",
  ],
};

function dateAfter(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type PlantedEntry = MemoryEntry & { body: string; topic: string | null };

/** `days` daily entries; each topic recurs after 14–30 days (seeded). */
export function plantedJournal(days: number, seed = 3, withThemes = false): PlantedEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const next = new Map(Object.keys(TOPICS).map((t, k) => [t, 3 + 5 * k]));
  const embedder = new LocalEmbedder();
  const out: PlantedEntry[] = [];
  for (let day = 0; day < days; day++) {
    let topic: string | null = null;
    for (const [t, at] of next) {
      if (topic === null && day >= at) {
        topic = t;
        next.set(t, day + 14 + Math.floor(random() * 17));
      }
    }
    const sentences = topic
      ? [pick(TOPICS[topic]!), pick(TOPICS[topic]!), pick(EVERYDAY)]
      : [pick(EVERYDAY), pick(EVERYDAY), pick(EVERYDAY)];
    const body = sentences.join(" ");
    out.push({
      body,
      topic,
      embedding: Array.from(embedder.embedText(body).vector),
      valence: 0,
      mood: null,
      date: dateAfter("2025-03-03", day),
      ...(withThemes ? { themes: topic ? [topic] : [] } : {}),
    });
  }
  return out;
}
