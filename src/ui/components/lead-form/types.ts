/** DOM-free types of the lead form, so pure helpers (and Node-side tests) can use them without the element. */
export type FormValues = Record<string, string>;
export interface LeadChangeDetail { name: string; value: string }
