/** Topic detection: profiles (default pack and user topics), scoring with reasons, page-gate pre-check. */
export { scoreTopic, scoreAllTopics, quickTopicCheck, splitLede, dateOnOrAfter, inPeriod, SCORING } from './score';
export type { TopicDoc, QuickPage } from './score';
export { makeUserTopic, validateTopicProfile, USER_KEYWORD_WEIGHT, USER_THRESHOLD } from './profile';
export type { UserTopicInput } from './profile';
export {
  DEFAULT_TOPICS,
  ISRAEL_HAMAS_WAR,
  ISRAEL_HAMAS_GROUPS,
  LIST_PEERS,
  WAR_PERIODS,
  OCT7,
  profileFromGroups,
} from './defaultTopics';
export type { TermGroup, TermGroupExamples } from './defaultTopics';
export { tokenize, compileProfile, findMatches } from './match';
export type { TopicTermSpec, TopicProfileSpec, TopicPeriod, TermRole } from './match';
