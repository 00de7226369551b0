import { z } from 'zod';

/** A text in both languages the tool speaks. */
export const textSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;

/** The languages of every message and report. */
export type Lang = keyof Text;
