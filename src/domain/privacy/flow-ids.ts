/** Ids of the personal-data flows, apart from the flows so that the command words and the flows can both name them. */
export const MY_DATA_FLOW_ID = 'privacy.myData';
export const ERASE_FLOW_ID = 'privacy.erase';
export const WITHDRAW_FLOW_ID = 'privacy.withdraw';
