import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT, problemsOf } from "./helpers.mjs";

const PERMSET = `${DEFAULT}/permissionsets/Visit_Access.permissionset-meta.xml`;
const FIELDS = `${DEFAULT}/objects/Visit__c/fields`;
const REPORT_TYPE = `${DEFAULT}/reportTypes/Accounts_With_Visits.reportType-meta.xml`;
const REPORT = `${DEFAULT}/reports/Visit_Reports/Visits_By_Page.report-meta.xml`;
const GHOST_REPORT = `${DEFAULT}/reports/Ghost_Folder/Visits_Everywhere_And_Always_In_One_Report.report-meta.xml`;

// case → the exact problems expected: [file, message fragment]
const CASES = {
  "xml-mismatched-tag": [
    [
      `${FIELDS}/Score__c.field-meta.xml`,
      "malformed XML at line 6, col 17: Expected closing tag 'label'"
    ]
  ],
  "convert-truncated-xml": [
    [`${FIELDS}/Score__c.field-meta.xml`, "malformed XML at line 7"]
  ],
  "field-unknown-type": [
    [`${FIELDS}/Page__c.field-meta.xml`, 'unknown field type "Txt"']
  ],
  "field-no-help-text": [
    [`${FIELDS}/Notes__c.field-meta.xml`, "missing <inlineHelpText>"]
  ],
  "field-no-description": [
    [`${FIELDS}/Notes__c.field-meta.xml`, "missing <description>"]
  ],
  "field-type-attributes": [
    [
      `${FIELDS}/Account__c.field-meta.xml`,
      "Lookup field needs <relationshipName>"
    ],
    [`${FIELDS}/Code__c.field-meta.xml`, "<length> 300 is out of range 1–255"],
    [
      `${FIELDS}/Is_Hot__c.field-meta.xml`,
      "a formula field cannot have type Picklist"
    ],
    [
      `${FIELDS}/Notes__c.field-meta.xml`,
      "LongTextArea field needs <visibleLines>"
    ],
    [`${FIELDS}/Score__c.field-meta.xml`, "Number field needs <scale>"],
    [`${FIELDS}/Stage__c.field-meta.xml`, "Picklist field needs <valueSet>"]
  ],
  "class-without-meta": [
    [`${DEFAULT}/classes/Router.cls`, "missing Router.cls-meta.xml"]
  ],
  "orphan-meta": [
    [
      `${DEFAULT}/classes/Gone.cls-meta.xml`,
      "orphan -meta.xml: Gone.cls does not exist"
    ],
    [`${DEFAULT}/lwc/ghost/ghost.js-meta.xml`, "neither ghost.ts nor ghost.js"]
  ],
  "lwc-without-meta": [
    [`${DEFAULT}/lwc/visitFeed`, "has no visitFeed.js-meta.xml"]
  ],
  "object-without-meta": [
    [
      `${DEFAULT}/objects/Visit__c`,
      "custom object folder has no Visit__c.object-meta.xml"
    ]
  ],
  "permset-missing-field": [[PERMSET, 'unknown field "Visit__c.Missing__c"']],
  "permset-required-field": [[PERMSET, "Visit__c.Email__c: a required field"]],
  "permset-master-detail": [
    [PERMSET, "Visit_Line__c.Visit__c: a master-detail field"]
  ],
  "permset-editable-formula": [
    [PERMSET, "Visit__c.Is_Hot__c: a formula field cannot be editable"]
  ],
  "permset-editable-not-readable": [
    [PERMSET, "Visit__c.Score__c: editable requires readable"]
  ],
  "permset-modify-all-without-view-all": [
    [
      PERMSET,
      "objectPermissions Visit__c: modifyAllRecords requires viewAllRecords"
    ]
  ],
  "permset-unknown-refs": [
    [PERMSET, 'objectPermissions "Missing__c": unknown object'],
    [PERMSET, 'classAccesses "MissingClass": no such Apex class'],
    [PERMSET, 'tabSettings "Visit__c": no such tab'],
    [PERMSET, 'applicationVisibilities "Missing_App": no such application'],
    [
      PERMSET,
      'customMetadataTypeAccesses "Missing__mdt": no such custom metadata type'
    ]
  ],
  "apex-unknown-custom-name": [
    [
      `${DEFAULT}/classes/VisitService.cls`,
      'line 8: "Nickname__c" is not an object, field or relationship'
    ],
    [
      `${DEFAULT}/classes/VisitService.cls`,
      'line 13: "Ghost__r" is not an object, field or relationship'
    ],
    ["scripts/apex/sample.apex", 'line 1: "Sccore__c" is not an object']
  ],
  "account-unknown-custom-field": [
    [PERMSET, 'unknown field "Account.Region__c"']
  ],
  "app-missing-tab": [
    [
      `${DEFAULT}/applications/Visitor_Routing.app-meta.xml`,
      'tab "Missing_Tab": no such tab'
    ]
  ],
  "flexipage-missing-component": [
    [
      `${DEFAULT}/flexipages/Visitor_Home.flexipage-meta.xml`,
      '"c:ghostFeed": no LWC bundle ghostFeed'
    ]
  ],
  "tab-lwc-without-tab-target": [
    [
      `${DEFAULT}/tabs/Visitor_Console.tab-meta.xml`,
      "must be isExposed with target lightning__Tab"
    ]
  ],
  "layout-missing-field": [
    [
      `${DEFAULT}/layouts/Visit__c-Visit Layout.layout-meta.xml`,
      'layout field "Missing__c"'
    ]
  ],
  "listview-missing-field": [
    [
      `${DEFAULT}/objects/Visit__c/listViews/All.listView-meta.xml`,
      'column "Missing__c"'
    ],
    [
      `${DEFAULT}/objects/Visit__c/listViews/All.listView-meta.xml`,
      'filter field "Stage__c"'
    ]
  ],
  "compact-layout-missing-field": [
    [
      `${DEFAULT}/objects/Visit__c/compactLayouts/Visit_Compact.compactLayout-meta.xml`,
      'compact layout field "Missing__c"'
    ]
  ],
  "validation-rule-missing-field": [
    [
      `${DEFAULT}/objects/Visit__c/validationRules/Score_Not_Negative.validationRule-meta.xml`,
      'errorDisplayField "Missing__c": unknown field'
    ]
  ],
  "picklist-missing-value-set": [
    [
      `${FIELDS}/Status__c.field-meta.xml`,
      'valueSetName "Missing_Status": unknown global value set'
    ]
  ],
  "lookup-unknown-object": [
    [
      `${FIELDS}/Campaign__c.field-meta.xml`,
      'referenceTo "Missing__c": unknown object'
    ]
  ],
  "custom-metadata-unknown-field": [
    [
      `${DEFAULT}/customMetadata/Setting.Default.md-meta.xml`,
      'unknown field "Setting__mdt.Missing__c"'
    ]
  ],
  "lwc-unresolved-imports": [
    [
      `${DEFAULT}/lwc/visitFeed/visitFeed.ts`,
      "no method missing in Apex class VisitService"
    ],
    [
      `${DEFAULT}/lwc/visitFeed/visitFeed.ts`,
      'unknown field "Visit__c.Ghost__c"'
    ],
    [`${DEFAULT}/lwc/visitFeed/visitFeed.ts`, "no LWC bundle missingHelper"]
  ],
  "class-without-test": [
    [`${DEFAULT}/classes/Lonely.cls`, "no test class (@IsTest) mentions Lonely"]
  ],
  "lwc-without-test": [
    [`${DEFAULT}/lwc/visitFeed/visitFeed.ts`, "has no Jest test"]
  ],
  "report-type-broken": [
    [REPORT_TYPE, 'category "account" is not one of the Metadata API values'],
    [REPORT_TYPE, 'column "Account.Visits__r.Score__c" is listed twice'],
    [
      REPORT_TYPE,
      'column "Account.Visits__r.Missing__c": unknown field "Visit__c.Missing__c"'
    ],
    [
      REPORT_TYPE,
      'column "Account.Contacts.LastName": table "Account.Contacts" is not the base object or a joined relationship path'
    ],
    [
      `${DEFAULT}/reportTypes/Visits_With_Lines.reportType-meta.xml`,
      'join "Lines__r": an inner join cannot follow an outer join'
    ],
    [
      `${DEFAULT}/reportTypes/Visits_With_Lines.reportType-meta.xml`,
      'relationship "Lines__r": no lookup or master-detail field to Visit__c has relationshipName "Lines"'
    ]
  ],
  "report-broken": [
    [
      GHOST_REPORT,
      `report folder "Ghost_Folder": no ${DEFAULT}/reports/Ghost_Folder.reportFolder-meta.xml`
    ],
    [GHOST_REPORT, "name is 49 characters (at most 40)"],
    [GHOST_REPORT, "a Summary report needs at least one <groupingsDown>"],
    [GHOST_REPORT, 'reportType "Missing_Type__c": no such custom report type'],
    [REPORT, 'groupingsDown sortOrder "Up" is not one of'],
    [REPORT, 'timeFrameFilter interval "INTERVAL_THIS_MONTH" is not one of'],
    [
      REPORT,
      'column "Account.Visits__r$Missing__c": Missing__c is not in the sections of report type Accounts_With_Visits'
    ],
    [
      REPORT,
      'column "Account.Visits__r$Page_Url__c": Average needs a number, not Url'
    ],
    [
      REPORT,
      'column "Account.Contacts$LastName": "Account.Contacts" is not a table of report type Accounts_With_Visits'
    ],
    [
      REPORT,
      'column "Account.Visits__r$Account__c": Account__c is not in the sections'
    ],
    [
      REPORT,
      'grouping "Visit__c.Page_Url__c": a report on a custom report type names fields as Table$Field'
    ],
    [
      REPORT,
      'timeFrameFilter dateColumn "Account.Visits__r$Score__c" is not a date or date/time field'
    ]
  ]
};

describe("fixtures (all checks but convert)", () => {
  it("good: zero problems", () => {
    assert.deepEqual(problemsOf("good"), []);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: exactly the expected problems`, () => {
      const problems = problemsOf(name);
      const render = problems
        .map(({ file, message }) => `${file}: ${message}`)
        .join("\n");
      assert.equal(problems.length, expected.length, `got:\n${render}`);
      for (const [file, fragment] of expected) {
        assert.ok(
          problems.some(
            (problem) =>
              problem.file === file && problem.message.includes(fragment)
          ),
          `expected ${file}: …${fragment}…\ngot:\n${render}`
        );
      }
    });
  }
});
