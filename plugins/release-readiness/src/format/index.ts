export { formatAsOf } from './formatAsOf';
export { formatDayLabel } from './formatDayLabel';
export { formatLocalDateTime } from './formatLocalDateTime';
export { formatRotaRange } from './formatRotaRange';
export { formatRotaTime } from './formatRotaTime';
export { formatTime } from './formatTime';
export { localeFormatsOf } from './localeFormatsOf';
export type { LocaleFormats } from './localeFormatsOf';
