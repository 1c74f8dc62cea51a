// Standard objects and fields treated as existing without being in the project.
// Deliberately small: extend it when the project starts using more of the platform.

// Standard objects the project may reference, with the standard fields it uses.
export const STANDARD_OBJECTS = {
  Account: ["Id", "Name", "Website", "OwnerId", "Industry", "Type", "Phone"],
  Contact: ["Id", "FirstName", "LastName", "Email", "AccountId", "OwnerId"],
  Lead: [
    "Id",
    "FirstName",
    "LastName",
    "Company",
    "Email",
    "Status",
    "OwnerId"
  ],
  User: ["Id", "Name", "Email", "Username", "IsActive", "ManagerId"],
  Group: ["Id", "Name", "Type", "DeveloperName"],
  Case: ["Id", "Subject", "Status", "OwnerId", "AccountId", "ContactId"],
  Opportunity: ["Id", "Name", "StageName", "CloseDate", "AccountId", "OwnerId"]
};

// Standard fields that are always required (or system-managed), so a permission
// set cannot carry fieldPermissions for them.
export const NON_PERMISSIONABLE_STANDARD_FIELDS = {
  Account: ["Id", "Name", "OwnerId", "CreatedById", "CreatedDate"],
  Contact: ["Id", "LastName", "OwnerId", "CreatedById", "CreatedDate"],
  Lead: ["Id", "LastName", "Company", "Status", "OwnerId", "CreatedById"],
  Opportunity: ["Id", "Name", "StageName", "CloseDate", "OwnerId"],
  User: [
    "Id",
    "Username",
    "LastName",
    "Email",
    "Alias",
    "CommunityNickname",
    "TimeZoneSidKey",
    "LocaleSidKey",
    "EmailEncodingKey",
    "LanguageLocaleKey",
    "ProfileId"
  ]
};

// Standard fields every custom object (`__c`) has.
export const CUSTOM_OBJECT_STANDARD_FIELDS = [
  "Id",
  "Name",
  "OwnerId",
  "CreatedById",
  "CreatedDate",
  "LastModifiedById",
  "LastModifiedDate",
  "SystemModstamp",
  "IsDeleted",
  "RecordTypeId",
  "CurrencyIsoCode",
  "LastActivityDate",
  "LastViewedDate",
  "LastReferencedDate"
];

// None of a custom object's standard fields may be named by fieldPermissions.
export const CUSTOM_OBJECT_NON_PERMISSIONABLE_FIELDS =
  CUSTOM_OBJECT_STANDARD_FIELDS;

// Standard fields of a custom metadata type (`__mdt`).
export const CUSTOM_METADATA_STANDARD_FIELDS = [
  "Id",
  "DeveloperName",
  "MasterLabel",
  "Label",
  "Language",
  "NamespacePrefix",
  "QualifiedApiName"
];

// Standard fields of a platform event (`__e`).
export const PLATFORM_EVENT_STANDARD_FIELDS = [
  "ReplayId",
  "CreatedDate",
  "CreatedById",
  "EventUuid"
];

// Objects a MetadataRelationship field may point to besides `__mdt` types.
export const METADATA_RELATIONSHIP_TARGETS = [
  "EntityDefinition",
  "FieldDefinition"
];

// Relationship names of standard lookups every custom object has.
export const CUSTOM_OBJECT_STANDARD_RELATIONSHIPS = [
  "Owner",
  "CreatedBy",
  "LastModifiedBy",
  "RecordType"
];
