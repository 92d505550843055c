export { TicketConversation, type TicketConversationProps } from './TicketConversation';
export { TicketReplyBox, type TicketReplyBoxProps } from './TicketReplyBox';
export { AttachFiles, type AttachFilesProps } from './AttachFiles';
