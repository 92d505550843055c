export { ConnectionNav, type ConnectionNavProps } from './ConnectionNav';
export { CONNECTION_SECTIONS, isConnectionSection, sectionLabel, type ConnectionSection } from './sections';
