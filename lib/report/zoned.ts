// Reports write dates with lib/calendar's zone logic (the newsroom's zone, the offset stated); this
// module only keeps the report writers' imports short.
export { dayOf, zonedIso } from "../calendar/zoned";
