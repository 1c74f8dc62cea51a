/**
 * Ambient types for the RepPresenceController methods the rep console imports. The shapes are
 * the console's mirrors of the Apex DTOs (force-app/main/console/lwc/repConsole/types.ts).
 */
declare module "@salesforce/apex/RepPresenceController.getMyPresence" {
  const getMyPresence: () => Promise<
    import("../main/console/lwc/repConsole/types").Presence
  >;
  export default getMyPresence;
}

declare module "@salesforce/apex/RepPresenceController.setMyStatus" {
  const setMyStatus: (params: {
    status: import("../main/console/lwc/repConsole/types").PresenceStatus;
  }) => Promise<import("../main/console/lwc/repConsole/types").Presence>;
  export default setMyStatus;
}

declare module "@salesforce/apex/RepPresenceController.sendHeartbeat" {
  const sendHeartbeat: () => Promise<
    import("../main/console/lwc/repConsole/types").Presence
  >;
  export default sendHeartbeat;
}

declare module "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer" {
  const setPlaySoundOnOffer: (params: {
    playSound: boolean;
  }) => Promise<import("../main/console/lwc/repConsole/types").Presence>;
  export default setPlaySoundOnOffer;
}
