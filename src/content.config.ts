/**
 * The content collections. Schemas live in ./content/schemas (the source of truth); the
 * transcripts have their own loader because a transcript is cut into segments at load time.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir, contentPath } from './loaders/content-files';
import { noteSchema, personSchema, topicSchema } from './model/schemas';
import { correctionsLoader } from './loaders/corrections-loader';
import { notesLoader } from './loaders/notes-loader';
import { transcriptLoader } from './loaders/transcript-loader';

export const collections = {
  transcripts: defineCollection({ loader: transcriptLoader({ contentDir }) }),
  topics: defineCollection({ loader: file(contentPath('topics.yaml')), schema: topicSchema }),
  people: defineCollection({ loader: file(contentPath('people.yaml')), schema: personSchema }),
  notes: defineCollection({ loader: notesLoader({ contentDir }), schema: noteSchema }),
  corrections: defineCollection({ loader: correctionsLoader({ contentDir }) }),
};
