export { thirdPartyAuditor } from './wizards/third-party-auditor/index.js';
