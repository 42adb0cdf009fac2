export { DecisionPage } from './DecisionPage';
export { DecisionHistoryPage } from './DecisionHistoryPage';
export { DecisionsLink } from './DecisionsLink';
export { DecisionStatusChip } from './DecisionStatusChip';
export { MeetingView } from './MeetingView';
export { RequestDecisionButton } from './RequestDecisionButton';
