import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  parseXml,
  all,
  text,
  texts,
  deep,
  validateXml
} from "../lib/parse.mjs";
import { compileForceIgnore, createProject } from "../lib/project.mjs";
import {
  stripApex,
  topLevelDeclaration,
  triggerDeclaration
} from "../lib/apex.mjs";
import { buildInventory, resolveField } from "../lib/inventory.mjs";
import { checkFieldDefinition, checkObjectDefinition } from "../fields.mjs";
import {
  fieldPermissionRules,
  objectPermissionRules
} from "../permissions.mjs";
import { untestedClasses } from "../tests-present.mjs";
import { convertProblems } from "../convert.mjs";
import {
  lwcNameOf,
  resolveListViewToken,
  resolveLwcImport,
  tagToBundle,
  layoutObject
} from "../references.mjs";
import { checkXml } from "../xml.mjs";
import {
  REPORT_ENUMS,
  childOfRelationship,
  reportFolderOf,
  resolveReportTypeField
} from "../reports.mjs";

const node = (body) => parseXml(`<?xml version="1.0"?><X>${body}</X>`).node;

/** In-memory project from { path: content }. */
function memoryProject(files, forceIgnore = "") {
  return createProject({
    root: "/virtual",
    packageDirs: ["force-app"],
    files: Object.keys(files),
    read: (file) => files[file],
    forceIgnore
  });
}

describe("parse", () => {
  it("makes every child an array and keeps values as strings", () => {
    const parsed = parseXml(
      "<CustomField><type>Number</type><precision>05</precision><a><b>1</b><b>2</b></a></CustomField>"
    );
    assert.equal(parsed.root, "CustomField");
    assert.equal(text(parsed.node, "precision"), "05");
    assert.deepEqual(texts(parsed.node, "a.b"), ["1", "2"]);
    assert.equal(all(parsed.node, "a").length, 1);
    assert.deepEqual(deep(parsed.node, "b"), ["1", "2"]);
  });
  it("reports line and column of malformed XML", () => {
    const result = validateXml("<a>\n  <b></c>\n</a>");
    assert.equal(result.ok, false);
    assert.equal(result.line, 2);
    assert.equal(parseXml("<a><b></a>"), null);
  });
  it("checkXml only looks at .xml files", () => {
    const problems = checkXml(
      memoryProject({
        "force-app/a.xml": "<a>",
        "force-app/b.html": "<template>"
      })
    );
    assert.deepEqual(
      problems.map((p) => p.file),
      ["force-app/a.xml"]
    );
  });
});

describe("forceignore", () => {
  const ignored = compileForceIgnore(
    "# comment\n**/__tests__/**\n**/lwc/**/*.ts\n**/jsconfig.json\npackage.xml\n!keep/package.xml"
  );
  it("follows gitignore globs", () => {
    assert.ok(ignored("force-app/main/default/lwc/a/__tests__/a.test.ts"));
    assert.ok(ignored("force-app/main/default/lwc/a/a.ts"));
    assert.ok(!ignored("force-app/main/default/lwc/a/a.js"));
    assert.ok(ignored("force-app/main/default/lwc/jsconfig.json"));
    assert.ok(ignored("force-app/x/package.xml"));
    assert.ok(!ignored("keep/package.xml"));
    assert.ok(
      ignored("force-app/.eslintrc.json"),
      "dot files are always ignored"
    );
  });
});

describe("apex", () => {
  it("finds class-level @IsTest only", () => {
    assert.deepEqual(
      topLevelDeclaration("@IsTest(SeeAllData=false)\nprivate class ATest {}"),
      {
        kind: "class",
        name: "ATest",
        isTest: true
      }
    );
    assert.equal(
      topLevelDeclaration("public class A {\n  @IsTest static void x() {}\n}")
        .isTest,
      false
    );
    assert.equal(
      topLevelDeclaration("/* @IsTest */ public class A {}").isTest,
      false
    );
    assert.equal(
      topLevelDeclaration("public interface Routable {}").kind,
      "interface"
    );
  });
  it("strips comments and strings", () => {
    assert.equal(stripApex("a // b\nc /* d */ e 'f\\'g' h"), "a \nc   e '' h");
    assert.equal(stripApex("x 'Foo'", { keepStrings: true }), "x 'Foo'");
  });
  it("reads the trigger object", () => {
    assert.deepEqual(
      triggerDeclaration("trigger T on Visit__c (before insert) {}"),
      {
        name: "T",
        object: "Visit__c"
      }
    );
  });
  it("untestedClasses: whole words, case-insensitive, comments excluded", () => {
    const result = untestedClasses([
      { file: "A.cls", source: "public class Visit {}" },
      { file: "B.cls", source: "public class VisitService {}" },
      { file: "C.cls", source: "public interface Routable {}" },
      {
        file: "T.cls",
        source:
          "@isTest class T { // VisitService\n void m() { new visit(); } }"
      }
    ]);
    assert.deepEqual(result, [{ file: "B.cls", name: "VisitService" }]);
  });
});

describe("field definitions", () => {
  const check = (body, objectKind = "custom", fieldName = "F__c") =>
    checkFieldDefinition({
      objectKind,
      fieldName,
      root: "CustomField",
      node: node(body)
    });
  const base =
    "<label>F</label><description>d</description><inlineHelpText>h</inlineHelpText>";
  it("accepts complete fields", () => {
    assert.deepEqual(check(`${base}<type>Text</type><length>255</length>`), []);
    assert.deepEqual(
      check(
        `${base}<type>Currency</type><precision>18</precision><scale>2</scale>`
      ),
      []
    );
    assert.deepEqual(
      check(`${base}<type>Checkbox</type><defaultValue>false</defaultValue>`),
      []
    );
    assert.deepEqual(
      check(`${base}<type>Text</type><formula>Name</formula>`),
      []
    );
    assert.deepEqual(
      check(
        `${base}<type>MultiselectPicklist</type><visibleLines>4</visibleLines><valueSet><valueSetName>G</valueSetName></valueSet>`
      ),
      []
    );
  });
  it("help text is optional on platform events and custom metadata types", () => {
    const body =
      "<label>F</label><description>d</description><type>Text</type><length>10</length>";
    assert.deepEqual(check(body, "event"), []);
    assert.deepEqual(check(body, "metadata"), []);
    assert.deepEqual(check(body, "custom"), ["missing <inlineHelpText>"]);
    assert.deepEqual(
      check(body.replace("<description>d</description>", ""), "event"),
      ["missing <description>"]
    );
  });
  it("flags per-type attributes", () => {
    assert.deepEqual(check(`${base}<type>Text</type>`), [
      "Text field needs <length>"
    ]);
    assert.deepEqual(check(`${base}<type>Text</type><length>0</length>`), [
      "<length> 0 is out of range 1–255 for a Text field"
    ]);
    assert.deepEqual(
      check(
        `${base}<type>LongTextArea</type><length>100</length><visibleLines>3</visibleLines>`
      ),
      ["<length> 100 is out of range 256–131072 for a LongTextArea field"]
    );
    assert.deepEqual(
      check(
        `${base}<type>Number</type><precision>2</precision><scale>3</scale>`
      ),
      ["<scale> 3 exceeds <precision> 2"]
    );
    assert.deepEqual(check(`${base}<type>Checkbox</type>`), [
      "Checkbox field needs <defaultValue> true or false"
    ]);
    assert.deepEqual(
      check(
        `${base}<type>MasterDetail</type><relationshipName>Lines</relationshipName>`
      ),
      ["MasterDetail field needs <referenceTo>"]
    );
    assert.deepEqual(
      check(
        `${base}<type>Lookup</type><referenceTo>Account</referenceTo><relationshipName>Visits__r</relationshipName>`
      ),
      [
        '<relationshipName> "Visits__r" is not valid (no __r suffix, no double underscores)'
      ]
    );
    assert.deepEqual(
      check(
        `${base}<type>Picklist</type><valueSet><valueSetDefinition><value><fullName>a</fullName><default>true</default></value><value><fullName>b</fullName><default>true</default></value></valueSetDefinition></valueSet>`
      ),
      ["a Picklist can have only one <default>true</default> value"]
    );
    assert.deepEqual(check(`${base}<type>AutoNumber</type>`), [
      "AutoNumber field needs <displayFormat>"
    ]);
  });
  it("flags names, labels and a wrong root", () => {
    assert.match(
      check(`${base}<type>Url</type>`, "custom", "Bad__Name__c")[0],
      /not a valid custom field API name/
    );
    assert.deepEqual(
      check(
        "<description>d</description><inlineHelpText>h</inlineHelpText><type>Url</type>"
      ),
      ["missing <label>"]
    );
    assert.deepEqual(
      checkFieldDefinition({
        objectKind: "custom",
        fieldName: "F__c",
        root: "CustomObject",
        node: {}
      }),
      ["root element is <CustomObject>, expected <CustomField>"]
    );
  });
  it("checks custom object definitions", () => {
    const ok = node(
      "<label>V</label><pluralLabel>Vs</pluralLabel><nameField><label>N</label><type>Text</type></nameField>"
    );
    assert.deepEqual(
      checkObjectDefinition({
        objectKind: "custom",
        root: "CustomObject",
        node: ok,
        hasMasterDetail: false
      }),
      []
    );
    const bad = node(
      "<label>V</label><sharingModel>ControlledByParent</sharingModel>"
    );
    assert.deepEqual(
      checkObjectDefinition({
        objectKind: "custom",
        root: "CustomObject",
        node: bad,
        hasMasterDetail: false
      }),
      [
        "missing <pluralLabel>",
        "custom object needs a <nameField>",
        "sharingModel ControlledByParent needs a MasterDetail field"
      ]
    );
    const open = node(
      "<label>V</label><pluralLabel>Vs</pluralLabel><nameField><label>N</label><type>Text</type></nameField><sharingModel>Read</sharingModel><externalSharingModel>ReadWrite</externalSharingModel>"
    );
    assert.deepEqual(
      checkObjectDefinition({
        objectKind: "custom",
        root: "CustomObject",
        node: open,
        hasMasterDetail: false,
        hasSharingReasons: true
      }),
      ["externalSharingModel ReadWrite is more open than sharingModel Read"]
    );
    const readWrite = node(
      "<label>V</label><pluralLabel>Vs</pluralLabel><nameField><label>N</label><type>Text</type></nameField><sharingModel>ReadWrite</sharingModel>"
    );
    assert.deepEqual(
      checkObjectDefinition({
        objectKind: "custom",
        root: "CustomObject",
        node: readWrite,
        hasMasterDetail: false,
        hasSharingReasons: true
      }),
      ["Apex sharing reasons need sharingModel Private or Read (is ReadWrite)"]
    );
  });
});

describe("permission rules", () => {
  const perms = (flags) =>
    node(
      `<object>V__c</object>${Object.entries(flags)
        .map(([key, value]) => `<${key}>${value}</${key}>`)
        .join("")}`
    );
  it("object permission dependencies", () => {
    assert.deepEqual(
      objectPermissionRules(perms({ allowRead: true, allowCreate: true })),
      []
    );
    assert.deepEqual(objectPermissionRules(perms({ allowCreate: true })), [
      "objectPermissions V__c: allowCreate requires allowRead"
    ]);
    assert.deepEqual(
      objectPermissionRules(perms({ allowRead: true, allowDelete: true })),
      ["objectPermissions V__c: allowDelete requires allowEdit"]
    );
    assert.deepEqual(objectPermissionRules(perms({ viewAllRecords: true })), [
      "objectPermissions V__c: viewAllRecords requires allowRead"
    ]);
    assert.deepEqual(
      objectPermissionRules(
        perms({ allowRead: true, allowEdit: true, modifyAllRecords: true })
      ),
      [
        "objectPermissions V__c: modifyAllRecords requires allowDelete, viewAllRecords"
      ]
    );
  });
  it("field permission rules", () => {
    const entry = node("<editable>true</editable><readable>true</readable>");
    const field = (body) => ({
      objectName: "V__c",
      objectKind: "custom",
      fieldName: "F__c",
      fieldNode: node(body)
    });
    assert.deepEqual(
      fieldPermissionRules(entry, field("<type>Text</type>")),
      []
    );
    assert.match(
      fieldPermissionRules(entry, field("<type>AutoNumber</type>"))[0],
      /AutoNumber field cannot be editable/
    );
    assert.match(
      fieldPermissionRules(entry, field("<type>Summary</type>"))[0],
      /roll-up summary field cannot be editable/
    );
    assert.match(
      fieldPermissionRules(
        node("<editable>false</editable><readable>true</readable>"),
        {
          objectName: "Account",
          objectKind: "standard",
          fieldName: "Name",
          fieldNode: null
        }
      )[0],
      /required or system field/
    );
    assert.deepEqual(
      fieldPermissionRules(
        node("<editable>false</editable><readable>true</readable>"),
        {
          objectName: "Account",
          objectKind: "standard",
          fieldName: "Website",
          fieldNode: null
        }
      ),
      []
    );
  });
});

describe("references", () => {
  const project = memoryProject({
    "force-app/objects/V__c/V__c.object-meta.xml":
      "<CustomObject><label>V</label></CustomObject>",
    "force-app/objects/V__c/fields/F__c.field-meta.xml":
      "<CustomField><type>Text</type></CustomField>",
    "force-app/objects/M__mdt/M__mdt.object-meta.xml":
      "<CustomObject><label>M</label></CustomObject>",
    "force-app/lwc/visitFeed/visitFeed.ts": "",
    "force-app/classes/Svc.cls":
      "public class Svc { @AuraEnabled public static void go() {} }"
  });
  const inv = buildInventory(project);
  it("resolves fields of custom, standard and metadata objects", () => {
    assert.equal(resolveField(inv, "V__c", "F__c").ok, true);
    assert.equal(
      resolveField(inv, "v__c", "f__C").ok,
      true,
      "case-insensitive"
    );
    assert.equal(resolveField(inv, "V__c", "OwnerId").ok, true);
    assert.equal(resolveField(inv, "V__c", "Website").ok, false);
    assert.equal(resolveField(inv, "Account", "Website").ok, true);
    assert.equal(resolveField(inv, "Lead", "Anything").ok, true);
    assert.equal(resolveField(inv, "Account", "Nope__c").ok, false);
    assert.equal(resolveField(inv, "M__mdt", "DeveloperName").ok, true);
    assert.match(
      resolveField(inv, "Task", "Subject").message,
      /unknown object "Task"/
    );
  });
  it("list view tokens", () => {
    assert.equal(resolveListViewToken(inv, "V__c", "NAME"), null);
    assert.equal(
      resolveListViewToken(inv, "V__c", "UPDATEDBY_USER.ALIAS"),
      null
    );
    assert.equal(resolveListViewToken(inv, "V__c", "F__c"), null);
    assert.equal(
      resolveListViewToken(inv, "V__c", "Account.Nope__c"),
      'unknown field "Account.Nope__c"'
    );
    assert.equal(
      resolveListViewToken(inv, "V__c", "G__c"),
      'unknown field "V__c.G__c"'
    );
  });
  it("LWC imports", () => {
    const source = (name) =>
      name === "Svc" ? project.read("force-app/classes/Svc.cls") : null;
    assert.equal(resolveLwcImport(inv, "c/visitFeed", source), null);
    assert.equal(
      resolveLwcImport(inv, "c/other", source),
      "no LWC bundle other"
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/apex/Svc.go", source),
      null
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/apex/Nope.go", source),
      "no Apex class Nope"
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/schema/V__c.F__c", source),
      null
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/schema/Contact.Account.Name", source),
      null
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/schema/V__c.Owner.Name", source),
      null
    );
    assert.equal(
      resolveLwcImport(inv, "@salesforce/label/c.Missing", source),
      "no custom label Missing"
    );
    assert.equal(resolveLwcImport(inv, "lightning/uiRecordApi", source), null);
  });
  it("names", () => {
    assert.equal(lwcNameOf("c:visitFeed"), "visitFeed");
    assert.equal(lwcNameOf("c__visitFeed"), "visitFeed");
    assert.equal(lwcNameOf("force:highlightsPanel"), null);
    assert.equal(tagToBundle("visit-feed-item2"), "visitFeedItem2");
    assert.equal(
      layoutObject("x/layouts/Visit__c-Visit Layout-2.layout-meta.xml"),
      "Visit__c"
    );
  });
});

describe("reports", () => {
  const project = memoryProject({
    "force-app/objects/Chat__c/Chat__c.object-meta.xml":
      "<CustomObject><label>Chat</label></CustomObject>",
    "force-app/objects/Chat__c/fields/Topic__c.field-meta.xml":
      "<CustomField><type>Text</type></CustomField>",
    "force-app/objects/Chat__c/fields/Rule__c.field-meta.xml":
      "<CustomField><type>Lookup</type><referenceTo>Rule__c</referenceTo><relationshipName>Chats</relationshipName></CustomField>",
    "force-app/objects/Rule__c/Rule__c.object-meta.xml":
      "<CustomObject><label>Rule</label></CustomObject>",
    "force-app/objects/Offer__c/Offer__c.object-meta.xml":
      "<CustomObject><label>Offer</label></CustomObject>",
    "force-app/objects/Offer__c/fields/Chat__c.field-meta.xml":
      "<CustomField><type>Lookup</type><referenceTo>Chat__c</referenceTo><relationshipName>Offers</relationshipName></CustomField>"
  });
  const inv = buildInventory(project);
  it("follows a custom child relationship to its object", () => {
    assert.deepEqual(childOfRelationship(inv, "Chat__c", "Offers__r"), {
      object: "Offer__c"
    });
    assert.deepEqual(childOfRelationship(inv, "chat__c", "offers__R"), {
      object: "Offer__c"
    });
    assert.match(
      childOfRelationship(inv, "Rule__c", "Offers__r").problem,
      /no lookup or master-detail field to Rule__c has relationshipName "Offers"/
    );
    assert.deepEqual(
      childOfRelationship(inv, "Account", "Contacts"),
      { object: null },
      "standard relationships are trusted"
    );
  });
  it("resolves report type columns, standard relationships and one lookup hop", () => {
    for (const field of ["Topic__c", "Name", "Owner", "CreatedBy", "Rule__c"]) {
      assert.equal(
        resolveReportTypeField(inv, "Chat__c", field).problem,
        undefined,
        field
      );
    }
    assert.equal(
      resolveReportTypeField(inv, "Chat__c", "Rule__c.Name").problem,
      undefined
    );
    assert.equal(
      resolveReportTypeField(inv, "Chat__c", "Nope__c").problem,
      'unknown field "Chat__c.Nope__c"'
    );
    assert.equal(
      resolveReportTypeField(inv, "Chat__c", "Rule__c.Nope__c").problem,
      'unknown field "Rule__c.Nope__c"'
    );
    assert.equal(
      resolveReportTypeField(inv, "Chat__c", "Topic__c.Name").problem,
      '"Chat__c.Topic__c" is not a lookup'
    );
    assert.equal(
      resolveReportTypeField(inv, null, "Anything__c").problem,
      undefined
    );
  });
  it("finds a report's folder, nested folders included", () => {
    assert.deepEqual(
      reportFolderOf("force-app/reports/Sales/Pipeline.report-meta.xml"),
      {
        name: "Sales",
        metaFile: "force-app/reports/Sales.reportFolder-meta.xml"
      }
    );
    assert.deepEqual(
      reportFolderOf("f/reports/Sales/Emea/Pipeline.report-meta.xml"),
      {
        name: "Emea",
        metaFile: "f/reports/Sales/Emea.reportFolder-meta.xml"
      }
    );
    assert.equal(
      reportFolderOf("force-app/reports/Pipeline.report-meta.xml"),
      null
    );
  });
  it("knows the Metadata API enumerations", () => {
    assert.ok(REPORT_ENUMS.interval.includes("INTERVAL_THISMONTH"));
    assert.ok(REPORT_ENUMS.interval.includes("INTERVAL_LAST30"));
    assert.ok(REPORT_ENUMS.interval.includes("THISNEXT_FISCALPERIOD"));
    assert.ok(!REPORT_ENUMS.interval.includes("INTERVAL_THIS_MONTH"));
    assert.ok(REPORT_ENUMS.aggregateTypes.includes("Unique"));
  });
});

describe("convert output parsing", () => {
  it("maps sf's JSON error to the file it names", () => {
    const problems = convertProblems({
      root: "/p",
      packageDir: "force-app",
      files: ["force-app/objects/V__c/fields/F__c.field-meta.xml"],
      status: 1,
      stdout: JSON.stringify({
        name: "LibraryError",
        message:
          "error parsing /p/force-app/objects/V__c/fields/F__c.field-meta.xml due to:\\n message: Closing tag 'typ' doesn't have proper closing."
      }),
      stderr: ""
    });
    assert.deepEqual(problems, [
      {
        file: "force-app/objects/V__c/fields/F__c.field-meta.xml",
        message:
          "sf project convert source failed: LibraryError: error parsing force-app/objects/V__c/fields/F__c.field-meta.xml due to: message: Closing tag 'typ' doesn't have proper closing."
      }
    ]);
  });
  it("falls back to stderr and the package directory", () => {
    assert.deepEqual(
      convertProblems({
        root: "/p",
        packageDir: "force-app",
        status: 2,
        stdout: "",
        stderr: "boom\n"
      }),
      [{ file: "force-app", message: "sf project convert source failed: boom" }]
    );
    assert.deepEqual(
      convertProblems({
        root: "/p",
        packageDir: "force-app",
        status: 0,
        stdout: "{}",
        stderr: ""
      }),
      []
    );
  });
});
