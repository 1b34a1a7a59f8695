/**
 * Types of a transcript as the plugins hand it out through `file.data`, inferred from the
 * schemas in ./schemas so that plugins, loader and pages agree.
 */
import type { z } from 'astro/zod';
import type {
  blockFragmentSchema,
  framingRecordSchema,
  segmentRecordSchema,
  summaryRecordSchema,
  transcriptEntrySchema,
} from './schemas';

/** One segment: a speaker's continuous turn on one topic. */
export type SegmentRecord = z.infer<typeof segmentRecordSchema>;
/** A framing block: the publisher's headnote or attribution line. */
export type FramingRecord = z.infer<typeof framingRecordSchema>;
/** A summary of a speaker the source leaves out, placed in the transcript. */
export type SummaryRecord = z.infer<typeof summaryRecordSchema>;
/** A block of the transcript in document order. */
export type BlockRecord = SegmentRecord | FramingRecord;
/** The rendered inside of one block. */
export type BlockFragment = z.infer<typeof blockFragmentSchema>;
/** A transcript entry: front matter, blocks and fragments. */
export type TranscriptEntryData = z.infer<typeof transcriptEntrySchema>;

declare module 'vfile' {
  interface DataMap {
    /** Blocks in document order, from `remark-transcript-segments`. */
    transcriptBlocks: BlockRecord[];
    /** Rendered fragments by block id, from `rehype-block-fragments`. */
    blockFragments: Record<string, BlockFragment>;
  }
}
