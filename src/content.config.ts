/**
 * The content collections. Schemas live in ./content/schemas (the source of truth); the
 * transcripts have their own loader because a transcript is cut into segments at load time.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { noteSchema, personSchema, topicSchema } from './content/schemas';
import { notesLoader } from './loaders/notes-loader';
import { transcriptLoader } from './loaders/transcript-loader';

const contentDir = new URL('../content/', import.meta.url).pathname;

export const collections = {
  transcripts: defineCollection({ loader: transcriptLoader({ contentDir }) }),
  topics: defineCollection({ loader: file('content/topics.yaml'), schema: topicSchema }),
  people: defineCollection({ loader: file('content/people.yaml'), schema: personSchema }),
  notes: defineCollection({ loader: notesLoader({ contentDir }), schema: noteSchema }),
};
