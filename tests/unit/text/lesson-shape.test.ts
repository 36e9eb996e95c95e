import { describe, expect, it } from "vitest";
import { shapeCounts } from "./shape-set";
import { sentenceCues } from "@/lib/text/cues";
import { lessonShape, SHAPE_LABELS, SHAPE_WEIGHT } from "@/lib/text/lesson-shape";
import { sentencesOf } from "@/lib/text/sentences";

// Lessons stated without a stock phrase, and hard negatives (narration, plans, other people and the world,
// complaints, replay, questions), all written for these tests: none is from the brief's examples or from
// tests/fixtures. DEVELOPMENT was written first and the rules were tuned on it; BLIND_2 and BLIND_3 were written
// before the detector was run on them (first run: BLIND_2 precision 0.94, recall 0.70; BLIND_3 0.90, 0.60),
// then a few general fixes came from them (participles after "have", base forms after determiners, "the
// earlier …", gerund subjects with their own clause, wink's capitalised PROPN).
//
// At lessonShape ≥ 0.5, over all 143 (63 lessons): precision 57/58 = 0.98, recall 57/63 = 0.90. At the
// integrated sentenceCues lessonScore ≥ 0.5 (max(cue, 0.8 × shape)): precision 1.00, recall 54/63 = 0.86
// (two more lessons sit in the 0.5–0.62 shape band, one loses to the rumination cue "guilt").
// KNOWN_MISSES are counted in those figures and not asserted one by one.
const LESSON = true;
const NOT = false;
type Case = [lesson: boolean, text: string];

const DEVELOPMENT: Case[] = [
  [LESSON, "I sleep so much better on the nights I leave the laptop in the car."],
  [LESSON, "Whenever I run before work, I'm nicer to everyone in the office."],
  [LESSON, "If I eat lunch away from my desk, the afternoon is calmer."],
  [LESSON, "Cooking on Sunday is far less stressful than scrambling every weeknight."],
  [LESSON, "Walking the dog before breakfast makes the whole day feel lighter."],
  [LESSON, "The more I plan the week on Sunday, the less I panic on Thursday."],
  [LESSON, "Telling Priya the truth straight away costs me far less than stewing for a week."],
  [LESSON, "Evenings go better when the kids and I eat at the table instead of on the sofa."],
  [LESSON, "Sundays are for the allotment and nothing else."],
  [LESSON, "Laptop stays in the drawer after eight from now."],
  [LESSON, "No more coffee after three, starting today."],
  [LESSON, "It's so much easier to say no on the spot than to back out later."],
  [LESSON, "When I ask for help early, the project goes smoother for everyone."],
  [LESSON, "Every time I skip the gym, my back is worse by the weekend."],
  [LESSON, "A ten-minute walk at lunch keeps my head clearer than another coffee does."],
  [LESSON, "Being honest with Dad takes five minutes and saves me a week of guilt."],
  [LESSON, "Answering emails in one batch at four beats checking them all day."],
  [LESSON, "No screens after ten, no exceptions."],
  [LESSON, "If you prep the bag the night before, the school run is way less frantic."],
  [LESSON, "Half an hour of reading before bed and I fall asleep faster."],
  [LESSON, "Weekday mornings are for the big task, full stop."],
  [LESSON, "Phone charges in the hallway overnight from today."],
  [LESSON, "Funny how much calmer I am when I've eaten something proper."],
  [LESSON, "Ringing Gran on the drive home works better than promising to visit."],
  [LESSON, "I'm a kinder mum on the days I get ten minutes alone first."],
  [NOT, "Walked to the market this morning and bought far too many plums."],
  [NOT, "We drove to Leeds and it rained the whole way."],
  [NOT, "I'll ring the landlord on Monday about the boiler."],
  [NOT, "Next week we're flying to Lisbon for Marta's wedding."],
  [NOT, "The trains are always late when it snows."],
  [NOT, "Coffee is cheaper at the market than in town."],
  [NOT, "My brother is happier when his team wins."],
  [NOT, "Tuesdays are the longest day of the week."],
  [NOT, "I hate how dark it gets at four."],
  [NOT, "Every time I hear that song I think of Dad's funeral."],
  [NOT, "Whenever I close my eyes I'm back in that meeting room."],
  [NOT, "Why do I always end up doing the washing up?"],
  [NOT, "Does it get easier when the baby sleeps through?"],
  [NOT, "When I got home the flat was freezing."],
  [NOT, "If it's sunny tomorrow, we'll take the boat out."],
  [NOT, "The nursery is closed on bank holidays."],
  [NOT, "Lena works better in the mornings than at night."],
  [NOT, "Felt much better after the swim yesterday."],
  [NOT, "I'm sitting in the car park waiting for the rain to stop."],
  [NOT, "My knee is worse today than it was on Sunday."],
  [NOT, "The new manager makes everyone nervous."],
  [NOT, "Sold out of croissants by ten again."],
  [NOT, "Tomorrow's shift starts at six, so bed by nine."],
  [NOT, "It's easier for them to blame me than to admit they forgot."],
  [NOT, "I always feel sick when I think about the exam results."],
  [NOT, "Jo says mornings are for deep work."],
];

const BLIND_2: Case[] = [
  [LESSON, "Getting the bins out on Tuesday night saves a frantic Wednesday morning."],
  [LESSON, "When Tom and I talk before bed instead of scrolling, we both wake up kinder."],
  [LESSON, "If I say yes to every shift, I end up snapping at the kids by Thursday."],
  [LESSON, "Stretching for five minutes after the run and my knees stop aching."],
  [LESSON, "Packing lunch the night before is so much cheaper and calmer than the canteen queue."],
  [LESSON, "Writing the worry down takes the heat out of it."],
  [LESSON, "My mornings are better when I don't check the bank app first thing."],
  [LESSON, "Saturday mornings are for the market and the dog, nothing else."],
  [LESSON, "No caffeine after lunch from now."],
  [LESSON, "From Monday the car keys live on the hook by the door."],
  [LESSON, "Every time I plan the meals on Sunday, the week is cheaper and quieter."],
  [LESSON, "Turning the notifications off makes the afternoon feel twice as long, in a good way."],
  [LESSON, "Admitting I'm behind is always easier than hiding it until the deadline."],
  [LESSON, "It works better when I tell Amira what I need instead of hoping she guesses."],
  [LESSON, "The week runs smoother if the laundry happens on Sunday."],
  [LESSON, "I'm a much nicer person when I've had a proper breakfast."],
  [LESSON, "Doing the hardest call first beats dreading it all day."],
  [LESSON, "Lights off by eleven, no matter what."],
  [LESSON, "The earlier I start the essay, the less I hate it."],
  [LESSON, "Asking the pharmacist is quicker than googling symptoms at midnight."],
  [LESSON, "Cycling in makes me less grumpy than sitting in traffic."],
  [LESSON, "Starting today, the phone sleeps in the kitchen."],
  [LESSON, "On days I walk to the station, my head is clearer in meetings."],
  [NOT, "Bought a new kettle and it broke within a week."],
  [NOT, "Rang the council twice and nobody picked up."],
  [NOT, "We're going to my sister's on Saturday."],
  [NOT, "On Friday I'll finally fix the fence."],
  [NOT, "My dad is always grumpier when the football is on."],
  [NOT, "Petrol is more expensive at the motorway services."],
  [NOT, "The library is quieter on weekday mornings."],
  [NOT, "Winters here are darker than back home."],
  [NOT, "Sundays are the loneliest days of all."],
  [NOT, "Every time I walk past the cafe I remember our first date."],
  [NOT, "Whenever the phone rings I'm sure it's the hospital."],
  [NOT, "Is it easier to rent or buy when you're freelance?"],
  [NOT, "How do people stay calm when the kids scream?"],
  [NOT, "When I saw the results I burst into tears."],
  [NOT, "If the train is late tomorrow I'll miss the interview."],
  [NOT, "Maya is happier since she changed jobs."],
  [NOT, "The meeting went better than I expected."],
  [NOT, "Feeling a lot calmer now that the exam is over."],
  [NOT, "I'm waiting for the plumber, as usual."],
  [NOT, "Today was easier than yesterday."],
  [NOT, "My boss makes every Monday miserable."],
  [NOT, "Dinner at Mum's on Sunday, then bed."],
  [NOT, "I keep replaying the moment he walked out."],
  [NOT, "They say mornings are for the gym."],
];

const BLIND_3: Case[] = [
  [NOT, "I love this little flat, even when the radiator clanks."],
  [NOT, "The kids are finally asleep and the house is quiet."],
  [NOT, "Work is busier than ever this month."],
  [NOT, "I think I need a holiday."],
  [NOT, "She is so much better at this than me."],
  [NOT, "This is the best coffee in town."],
  [NOT, "When it rains the whole street floods."],
  [NOT, "My sister always calls when she needs money."],
  [NOT, "If the boiler breaks again I'll scream."],
  [NOT, "I feel much better than I did last week."],
  [NOT, "Every time I open the fridge there's less cheese."],
  [NOT, "Whenever Dad visits, the house smells of cigars."],
  [NOT, "Our neighbours are louder when they have guests."],
  [NOT, "The new café does a better flat white than the old one."],
  [NOT, "I'm so tired of this job."],
  [NOT, "Nothing ever goes right on a Monday."],
  [NOT, "The dog is happier since we moved."],
  [NOT, "Rent goes up every January."],
  [NOT, "I wonder if she'll ever call back."],
  [NOT, "Still no word from the agency."],
  [NOT, "It's colder in the spare room than anywhere else."],
  [NOT, "Hospital car parks make me anxious."],
  [NOT, "Mum says the garden looks better with the hedge gone."],
  [NOT, "The train home is quicker than the bus, usually."],
  [NOT, "My boss is nicer on Fridays."],
  [NOT, "We had a lovely walk along the canal."],
  [NOT, "Going to bed now."],
  [NOT, "If only the week would end."],
  [NOT, "Maybe I'm just getting old."],
  [NOT, "Thinking about changing my hair."],
  [LESSON, "Late nights and early starts make me a wreck."],
  [LESSON, "When I keep the evenings free, the weekends feel longer."],
  [LESSON, "Skipping the second coffee makes the afternoon crash smaller."],
  [LESSON, "Ten minutes of tidying before bed and the morning starts calmer."],
  [LESSON, "I'm less snappy with the kids if I eat before I pick them up."],
  [LESSON, "Texting Jen first thing is easier than worrying all day whether she's cross."],
  [LESSON, "Fridays are for the pub quiz, whatever else happens."],
  [LESSON, "No work email on the phone, starting now."],
  [LESSON, "The days I cycle in, I sleep like a log."],
  [LESSON, "Getting the hard conversation over with early always beats stewing."],
  [LESSON, "It's much easier to start when the desk is clear."],
  [LESSON, "My back is better when I sit on the ball instead of the chair."],
  [LESSON, "Saying sorry first costs me nothing and saves the whole evening."],
  [LESSON, "If I leave before eight, the drive takes half the time."],
  [LESSON, "Meals planned on Sunday mean a calmer week."],
];

// Wrong today. Missed: no comparison or effect word ("like a log", "half the time", "takes the heat out"),
// a resolution whose subject has "the" (as "From now on the shop opens at nine" does), a reduced participle
// read as past ("Meals planned on Sunday"), a negative outcome without a comparison ("make me a wreck").
// False alarm: a rule with a plain comparative about a thing ("there's less cheese").
const KNOWN_MISSES = new Set([
  "Writing the worry down takes the heat out of it.",
  "From Monday the car keys live on the hook by the door.",
  "Every time I open the fridge there's less cheese.",
  "Late nights and early starts make me a wreck.",
  "The days I cycle in, I sleep like a log.",
  "If I leave before eight, the drive takes half the time.",
  "Meals planned on Sunday mean a calmer week.",
]);

const ALL = [...DEVELOPMENT, ...BLIND_2, ...BLIND_3];

function only(text: string) {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!;
}
const shapeOf = (text: string) => lessonShape(only(text));

describe("lessonShape", () => {
  it.each(ALL.filter(([, text]) => !KNOWN_MISSES.has(text)))("lesson %s: %s", (lesson, text) => {
    expect(shapeOf(text).score >= 0.5).toBe(lesson);
  });

  it("keeps precision and recall on the whole set, known misses included", () => {
    expect(ALL).toHaveLength(143);
    expect(shapeCounts(ALL, (text) => shapeOf(text).score)).toEqual({ tp: 57, fp: 1, fn: 6 });
  });

  it("names the shape that matched and where it is, for the panel's why", () => {
    const sentence = only("Whenever I run before work, I'm nicer to everyone in the office.");
    const shape = lessonShape(sentence);
    expect(shape.label).toBe(SHAPE_LABELS.rule);
    expect(sentence.words.slice(shape.start, shape.end)).toEqual(["whenever"]);
    expect(shapeOf("Sundays are for the allotment and nothing else.").label).toBe(SHAPE_LABELS.reserved);
    expect(shapeOf("No more coffee after three, starting today.").label).toBe(SHAPE_LABELS.resolution);
    expect(shapeOf("Cooking on Sunday is far less stressful than scrambling every weeknight.").label).toBe(
      SHAPE_LABELS.effect,
    );
    expect(shapeOf("Sold out of croissants by ten again.")).toEqual({ score: 0, label: null, start: 0, end: 0 });
  });

  it("scores the same generalisation lower as narration, a plan or someone else's", () => {
    const rule = shapeOf("When I walk to work, the day goes better.").score;
    expect(rule).toBeGreaterThanOrEqual(0.7);
    expect(shapeOf("When I walked to work, the day went better.").score).toBeLessThan(0.2);
    expect(shapeOf("Tomorrow when I walk to work the day will go better.").score).toBeLessThan(0.2);
    expect(shapeOf("When he walks to work, his day goes better.").score).toBeLessThan(0.5);
    expect(shapeOf("When I walk to work, does the day go better?").score).toBe(0);
    // A habit compared, not a state reported now.
    expect(shapeOf("I sleep better after a swim.").score).toBeGreaterThanOrEqual(0.65);
    expect(shapeOf("My shoulder feels much better after the massage.").score).toBe(0);
  });
});

describe("lesson shape in sentenceCues", () => {
  it("counts a shape as SHAPE_WEIGHT of a lesson and quotes its label", () => {
    const text = "Saying sorry first costs me nothing and saves the whole evening.";
    const cues = sentenceCues(only(text));
    expect(cues.lessonScore).toBeCloseTo(SHAPE_WEIGHT * shapeOf(text).score, 10);
    expect(cues.matches).toEqual([expect.objectContaining({ kind: "lesson", label: SHAPE_LABELS.effect })]);
  });

  it("keeps a stronger stock phrase as it was, without the shape's label", () => {
    const cues = sentenceCues(only("I learned that when I ask early, the week goes smoother."));
    expect(cues.lessonScore).toBe(1);
    expect(cues.matches.map((m) => m.label)).toEqual(["learned"]);
  });

  it("gives no shape to a ruminative sentence", () => {
    const text = "Every time I see him I should have said sorry, it would be easier.";
    const cues = sentenceCues(only(text));
    expect(cues.ruminationScore).toBeGreaterThanOrEqual(0.5);
    expect(cues.lessonScore).toBe(0);
    expect(cues.matches.map((m) => m.kind)).not.toContain("lesson");
  });

  it("does not count a shape below 0.5", () => {
    const cues = sentenceCues(only("Every time I hear that song I think of Dad's funeral."));
    expect(cues.lessonScore).toBe(0);
    expect(cues.matches).toEqual([]);
  });

  it("adds little to reading a sentence's cues", () => {
    const sentences = ALL.map(([, text]) => only(text));
    const rounds = 20;
    const started = performance.now();
    for (let k = 0; k < rounds; k++) for (const sentence of sentences) lessonShape(sentence);
    const perSentence = (performance.now() - started) / (rounds * sentences.length);
    // About 0.02 ms here (0.1 ms for all of sentenceCues); a sanity bound, not a timing target.
    expect(perSentence).toBeLessThan(1);
  });
});
