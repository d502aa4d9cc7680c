import { SENIORITY_LEVELS, type EducationLevel, type Seniority } from '../understanding/features';
import { EDUCATION_LEVELS } from '../understanding/onet/types';

/**
 * Text columns that hold a value of the features vocabularies; anything else stored there (an
 * older analyser's label) reads as unknown rather than as a wrong level.
 */
function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export const asSeniority = (value: string | null): Seniority | null => oneOf(SENIORITY_LEVELS, value);
export const asEducationLevel = (value: string | null): EducationLevel | null => oneOf(EDUCATION_LEVELS, value);
