export { PlanManagedNotice, type PlanManagedNoticeProps } from './PlanManagedNotice';
