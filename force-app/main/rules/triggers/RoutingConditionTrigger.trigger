trigger RoutingConditionTrigger on RoutingCondition__c(
  after insert,
  after update,
  before delete
) {
  RoutingConditionSaveValidator.handle(
    Trigger.operationType,
    Trigger.new,
    Trigger.oldMap
  );
}
