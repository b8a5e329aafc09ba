export * from './enums';
export * from './money';
export * from './schemas/articles';
export * from './schemas/auth';
export * from './schemas/common';
export * from './schemas/mentors';
export * from './time/zones';
