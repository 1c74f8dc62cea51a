trigger AccountTrigger on Account(before insert, before update) {
  AccountWebsiteDomainHandler.setWebsiteDomains(Trigger.new);
}
