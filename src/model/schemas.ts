/**
 * The content schemas: the source of truth for what editors write in `content/`. Used by the
 * content collections (src/content.config.ts) and by the line-aware validation of YAML.
 */
import { z } from 'astro/zod';
import { codePointName, hidingCharacters, unpublishableCharacter, unpublishableHint } from './characters';
import { UNDRAWABLE_HINT, undrawableCharacters } from './glyph-coverage';
import { calendarDateSchema } from './dates';
import { MAX_EXCERPT_WORDS, wordCount } from './cited-sentences';
import { MAX_LENGTH } from './limits';
import { markupProblem } from './plain-text';
import { FRAMING_KINDS, ID_PATTERN, NOTE_KINDS, SEGMENT_KINDS, SUMMARY_KINDS, SUMMARY_STATUSES } from './vocabulary';

const id = z.string().regex(ID_PATTERN, 'an id is lower-case words joined by hyphens');
/** Plain text: never markup (pages escape it), not empty, with no character that hides text. */
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((value, context) => {
    const [hiding] = hidingCharacters(value);
    // The hint travels in params: yaml-data puts it on the message, which names file:line.
    if (hiding) {
      context.addIssue({
        code: 'custom',
        message: `holds the ${unpublishableCharacter(hiding.char)}`,
        params: { hint: unpublishableHint(hiding.char) },
      });
    }
  });

/** `schema` refusing values longer than `max` characters (counted as a reader sees them: code points). */
function upTo<Schema extends z.ZodType<string>>(schema: Schema, max: number): Schema {
  return schema.superRefine((value, context) => {
    const length = [...value].length;
    if (length > max) {
      context.addIssue({
        code: 'custom',
        message: `is ${length} characters long; at most ${max} fit`,
        params: {
          hint: `shorten it to ${max} characters or fewer: the layout is tested at that length on a 320 px phone.`,
        },
      });
    }
  }) as Schema;
}

/** Text drawn on the social cards too: every character must be in a bundled card font. */
const cardText = (max: number) =>
  upTo(text, max).superRefine((value, context) => {
    const [undrawable] = undrawableCharacters(value);
    if (undrawable) {
      const { char } = undrawable;
      context.addIssue({
        code: 'custom',
        message: `holds "${char}" (${codePointName(char)}), which the social cards cannot draw`,
        params: { hint: UNDRAWABLE_HINT },
      });
    }
  });

/** One issue tag (content/topics.yaml). */
export const topicSchema = z.strictObject({
  id,
  /** Shown on chips and headings. */
  label: cardText(MAX_LENGTH.topicLabel),
  /** One line saying what the topic covers. */
  description: upTo(text, MAX_LENGTH.topicDescription),
  /** Words readers search for that the passage may not use ("hackers" for cyber). */
  aliases: z.array(upTo(text, MAX_LENGTH.alias)).default([]),
});
/** A topic as pages read it. */
export type Topic = z.infer<typeof topicSchema>;

/** A speaker or person named (content/people.yaml). */
export const personSchema = z.strictObject({
  id,
  name: cardText(MAX_LENGTH.personName),
  /** Their role at the time of the event, not today. */
  role: upTo(text, MAX_LENGTH.role),
});
/** A person as pages read it. */
export type Person = z.infer<typeof personSchema>;

/** A language other than English, BCP 47 (e.g. "ru"). */
const language = z.string().regex(/^[a-z]{2,3}$/, 'a language is a two- or three-letter code, e.g. ru');

/**
 * What every cited source carries so a reader can check us: a key the sentences cite it by, the
 * words of it that support them (exact, at most MAX_EXCERPT_WORDS, "…" for cuts), an English
 * translation of them when the source is in another language, and, for a host the source policy
 * does not class primary or record, why it is cited all the same (shown beside it).
 */
const evidenceFields = {
  /** The key sentences cite it by: `:cite[dni-ica]`. Unique within its note or summary. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a source id is lower-case words and numbers joined by hyphens'),
  /** The source's own words that support the sentences citing it, copied exactly. */
  excerpt: text.refine((value) => wordCount(value) <= MAX_EXCERPT_WORDS, {
    message: `an excerpt is at most ${MAX_EXCERPT_WORDS} words: quote what supports the sentence, cut the rest with …`,
  }),
  /** The source's language when not English. */
  language: language.optional(),
  /** The excerpt in English, when the source is in another language. */
  translation: text.optional(),
  /** Why a source on a host the policy does not list is cited (readers see it). */
  why: text.optional(),
};

/** A translation exactly when the source is not in English. */
function requireTranslation(
  source: { language?: string | undefined; translation?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (source.language && source.language !== 'en' && !source.translation) {
    context.addIssue({
      code: 'custom',
      path: ['language'],
      message: `a source in "${source.language}" needs translation: its excerpt in English`,
    });
  }
  if (source.translation && (!source.language || source.language === 'en')) {
    context.addIssue({
      code: 'custom',
      path: ['translation'],
      message: 'a translated excerpt needs the language of the source (e.g. language: ru)',
    });
  }
}

/** Source ids are unique within one note or summary. */
function uniqueSourceIds(sources: ReadonlyArray<{ id: string }>, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (seen.has(source.id)) {
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `source id "${source.id}" is used twice` });
    }
    seen.add(source.id);
  });
}

/** One source of a context note: specific and checkable. */
export const noteSourceSchema = z
  .strictObject({
    ...evidenceFields,
    /** The document's or article's own title (with its symbol, e.g. S/RES/2118 (2013)). */
    title: text,
    publisher: text,
    /** Publication date, ISO: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
    date: calendarDateSchema(['day', 'month', 'year']),
    url: z.url({ protocol: /^https$/, error: 'a source url is a full https:// address' }),
  })
  .superRefine(requireTranslation);
/** A note source as pages read it. */
export type NoteSource = z.infer<typeof noteSourceSchema>;

/** The front matter of a context note (content/notes/<id>.md). */
export const noteSchema = z.strictObject({
  /** What the note explains, as a reader would look it up. */
  title: cardText(MAX_LENGTH.noteTitle),
  kind: z.enum(NOTE_KINDS),
  /** At least one real, specific source. */
  sources: z.array(noteSourceSchema).min(1, 'a note needs at least one source').superRefine(uniqueSourceIds),
});
/** A note's front matter as pages read it. */
export type Note = z.infer<typeof noteSchema>;

/** Text shown as text: non-empty, without HTML or Markdown. */
const plainText = text.superRefine((value, context) => {
  const problem = markupProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** The pattern of a correction's target: `note:<note-id>`, or `passage:` or `summary:<event>/<id>`. */
export const CORRECTION_TARGET =
  /^(?:note:([a-z0-9]+(?:-[a-z0-9]+)*)|(passage|summary):([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*))$/;

const TARGET_FORMS = 'a target is note:<note-id>, passage:<event>/<segment-id> or summary:<event>/<summary-id>';

/**
 * One entry of the public corrections log (content/corrections.yaml): a change to a published
 * context note or to a passage's framing (title, topics). Strict: a misspelt key is an error.
 */
export const correctionSchema = z.strictObject({
  /** The day the correction was published (a real day: 2017-02-30 is refused). */
  date: calendarDateSchema(['day']),
  /** What was corrected: `note:<note-id>`, `passage:<event>/<segment-id>` or `summary:<event>/<summary-id>`. */
  target: z.string({ error: TARGET_FORMS }).regex(CORRECTION_TARGET, TARGET_FORMS),
  /** What changed: the old claim and the new one, in plain sentences. */
  what: upTo(plainText, MAX_LENGTH.correctionWhat),
  /** Why it changed, in a plain sentence. */
  why: upTo(plainText, MAX_LENGTH.correctionWhy),
});
/** A correction as written in the log. */
export type CorrectionInput = z.infer<typeof correctionSchema>;

/** The front matter of a transcript (content/transcripts/<event>.md). */
export const transcriptFrontmatterSchema = z.strictObject({
  /** Full title of the event page. */
  title: cardText(MAX_LENGTH.eventTitle),
  /** Short name for navigation and citations. */
  shortTitle: cardText(MAX_LENGTH.shortTitle),
  /** Day of the event, ISO (YYYY-MM-DD). */
  date: calendarDateSchema(['day']),
  place: cardText(MAX_LENGTH.place),
  /** Person ids of the principals. */
  participants: z.array(id).min(1),
  /**
   * What kind of event it was, as a citation names it before its participants: "Joint news
   * conference" makes "Joint news conference of Sergey Lavrov and Rex Tillerson".
   */
  occasion: upTo(text, MAX_LENGTH.occasion),
  /** A neutral paragraph saying what the event covered. */
  summary: cardText(MAX_LENGTH.eventSummary),
  /** What the text is, who published it, and what it does and does not include. */
  source: z.strictObject({
    publisher: upTo(text, MAX_LENGTH.sourcePublisher),
    title: upTo(text, MAX_LENGTH.sourceTitle),
    language: upTo(text, MAX_LENGTH.sourceLanguage),
    included: upTo(text, MAX_LENGTH.sourceScope),
    excluded: upTo(text, MAX_LENGTH.sourceScope),
  }),
});
/** Transcript front matter after validation. */
export type TranscriptFrontmatter = z.infer<typeof transcriptFrontmatterSchema>;

const turnLabelSchema = z.object({ text: z.string(), name: z.string(), qualifier: z.string().optional() });

/** One segment as the transcript plugins record it (see remark-transcript-segments). */
export const segmentRecordSchema = z.object({
  type: z.literal('segment'),
  id,
  kind: z.enum(SEGMENT_KINDS),
  /** Person id of the speaker (`journalist` for questions). */
  speaker: id,
  /** Topic ids; the first is the main topic. */
  topics: z.array(id).min(1),
  /** Authored title; answers inherit their question's. */
  title: z.string(),
  /** Person ids a question is addressed to. */
  to: z.array(id),
  /** Person ids who answered before this answer (their words are not in the source). */
  after: z.array(id),
  /** A question with no answer in the source says why, for readers (`unanswered="…"`). */
  unanswered: z.string().optional(),
  /** Id of the question that opens this segment's exchange (questions and answers only). */
  exchange: id.optional(),
  /** The source's own label at the start of the first paragraph, if any. */
  label: turnLabelSchema.optional(),
  /** Line of the directive in the Markdown file. */
  line: z.number().int(),
});

/** The publisher's framing around the speech: the headnote and the attribution line. */
export const framingRecordSchema = z.object({
  type: z.literal('framing'),
  id,
  kind: z.enum(FRAMING_KINDS),
  line: z.number().int(),
});

/** The rendered inside of one block: HTML, and each paragraph's anchor id and source text. */
export const blockFragmentSchema = z.object({
  html: z.string(),
  paragraphs: z.array(z.object({ id: z.string(), text: z.string() })),
  /** Ids of the context notes the block cites, in order of first citation. */
  notes: z.array(z.string()),
});

/** One source of a summary: where the summarised words were seen. */
export const summarySourceSchema = z
  .strictObject({
    ...evidenceFields,
    /** Who published it, e.g. "Reuters". */
    publisher: text,
    /** The item's own title, when known; otherwise the publisher and date name it. */
    title: text.optional(),
    /** Publication or broadcast day: a real calendar date, YYYY-MM-DD. */
    date: calendarDateSchema(['day']),
    url: z.url({ protocol: /^https$/, error: 'a source url is a full https:// address' }),
  })
  .superRefine(requireTranslation);
/** A summary source as pages read it. */
export type SummarySource = z.infer<typeof summarySourceSchema>;

/**
 * One summary as editors write it (content/summaries/<event>.yaml): the site's own words about
 * what a speaker the source leaves out said, placed before the block it precedes.
 */
export const summaryEntrySchema = z.strictObject({
  /** Permanent, like a segment id (it is an anchor and, unless not found, a page). */
  id,
  /** Person id of the summarised speaker: someone whose words the source does not include. */
  speaker: id,
  /** Id of the transcript block this summary comes right before. */
  before: z.string().trim().min(1, 'must not be empty'),
  status: z.enum(SUMMARY_STATUSES),
  /** Topic ids, the main first; none on a not-found line. */
  topics: z.array(id).default([]),
  /** The site's words: plain text, 2–5 sentences (one for not-found), quotes in “…”. */
  text,
  /** Every short quote the text holds, exactly as the research gives it (without the “ ”). */
  quotes: z.array(text).default([]),
  /** Where the words were seen (for not-found: the sources consulted). */
  sources: z.array(summarySourceSchema).min(1, 'a summary needs at least one source').superRefine(uniqueSourceIds),
});
/** A summary as the YAML holds it. */
export type SummaryEntry = z.infer<typeof summaryEntrySchema>;

/** A validated summary, placed in the transcript. */
export const summaryRecordSchema = summaryEntrySchema.extend({
  type: z.literal('summary'),
  /** The text as runs of words, each with the ids of the sources cited after it. */
  cited: z.array(z.object({ text: z.string(), cites: z.array(z.string()) })),
  kind: z.enum(SUMMARY_KINDS),
  /** Id of the question of the exchange it belongs to (answers only). */
  exchange: id.optional(),
  /** The heading it is listed under: the question's title, or the statement's. */
  title: text,
  /** Line of the entry in the summaries file. */
  line: z.number().int(),
});

/** A transcript entry as pages read it: front matter, blocks in order, fragments by block id. */
export const transcriptEntrySchema = transcriptFrontmatterSchema.extend({
  blocks: z.array(z.discriminatedUnion('type', [segmentRecordSchema, framingRecordSchema])),
  fragments: z.record(z.string(), blockFragmentSchema),
  /** The site's summaries of a speaker the source leaves out, each placed before a block. */
  summaries: z.array(summaryRecordSchema).default([]),
});

/** The site's name and self-descriptions (content/site.yaml); strict, so a misspelt key fails. */
export const siteSchema = z.strictObject({
  /** Header, home page title and og:site_name. */
  name: cardText(MAX_LENGTH.siteName),
  /** Appended to every other page's title. */
  titleSuffix: upTo(text, MAX_LENGTH.titleSuffix),
  /** The footer's credit line. */
  credit: upTo(text, MAX_LENGTH.credit),
  /** Meta descriptions of the pages that are not about one passage or event. */
  descriptions: z.strictObject({
    home: upTo(text, MAX_LENGTH.description),
    topics: upTo(text, MAX_LENGTH.description),
    /** Follows a topic's own description; `{topic}` stands for its label. */
    topic: upTo(text, MAX_LENGTH.description).refine(
      (value) => value.includes('{topic}'),
      'must contain {topic}, where the topic’s label goes',
    ),
    notes: upTo(text, MAX_LENGTH.description),
    search: upTo(text, MAX_LENGTH.description),
  }),
});
/** The site configuration as pages read it. */
export type SiteConfig = z.infer<typeof siteSchema>;
