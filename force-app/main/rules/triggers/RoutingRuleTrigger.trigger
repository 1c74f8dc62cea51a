trigger RoutingRuleTrigger on RoutingRule__c(
  after insert,
  after update,
  before delete
) {
  RoutingRuleSaveValidator.handle(
    Trigger.operationType,
    Trigger.new,
    Trigger.oldMap
  );
}
