import path from "node:path";
import { objectKind, resolveField, resolveObject } from "./lib/inventory.mjs";
import { all, text, texts } from "./lib/parse.mjs";
import { CUSTOM_OBJECT_STANDARD_RELATIONSHIPS } from "./lib/standard.mjs";

const lower = (value) => String(value).toLowerCase();

// Enumerations of the Metadata API (API 66.0 WSDL) that reports, report types
// and report folders use; a value outside them fails only at deploy time.
export const REPORT_ENUMS = {
  format: ["Tabular", "Summary", "Matrix", "MultiBlock"],
  aggregateTypes: [
    "Sum",
    "Average",
    "Maximum",
    "Minimum",
    "Unique",
    "Median",
    "Noop",
    "None"
  ],
  sortOrder: ["Asc", "Desc"],
  dateGranularity: [
    "None",
    "Day",
    "Week",
    "Month",
    "Quarter",
    "Year",
    "FiscalQuarter",
    "FiscalYear",
    "MonthInYear",
    "DayInMonth",
    "FiscalPeriod",
    "FiscalWeek"
  ],
  operator: [
    "equals",
    "notEqual",
    "lessThan",
    "greaterThan",
    "lessOrEqual",
    "greaterOrEqual",
    "contains",
    "notContain",
    "startsWith",
    "includes",
    "excludes",
    "within"
  ],
  interval: [
    ...["CURRENT", "CURNEXT1", "CURPREV1", "NEXT1", "PREV1", "CURNEXT3"],
    ...["CURFY", "PREVFY", "PREV2FY", "AGO2FY", "NEXTFY", "PREVCURFY"],
    ...["PREVCUR2FY", "CURNEXTFY", "CUSTOM", "YESTERDAY", "TODAY"],
    ...["TOMORROW", "LASTWEEK", "THISWEEK", "NEXTWEEK", "LASTMONTH"],
    ...["THISMONTH", "NEXTMONTH", "LASTTHISMONTH", "THISNEXTMONTH"],
    ...["CURRENTQ", "CURNEXTQ", "CURPREVQ", "NEXTQ", "PREVQ", "CURNEXT3Q"],
    ...["CURY", "PREVY", "PREV2Y", "AGO2Y", "NEXTY", "PREVCURY", "PREVCUR2Y"],
    ...["CURNEXTY", "LAST7", "LAST30", "LAST60", "LAST90", "LAST120"],
    ...["NEXT7", "NEXT30", "NEXT60", "NEXT90", "NEXT120"]
  ]
    .map((name) => `INTERVAL_${name}`)
    .concat(
      ...["LAST", "THIS", "NEXT"].map((when) => [
        `${when}_FISCALWEEK`,
        `${when}_FISCALPERIOD`
      ]),
      "LASTTHIS_FISCALPERIOD",
      "THISNEXT_FISCALPERIOD",
      "CURRENT_ENTITLEMENT_PERIOD",
      "PREVIOUS_ENTITLEMENT_PERIOD",
      "PREVIOUS_TWO_ENTITLEMENT_PERIODS",
      "TWO_ENTITLEMENT_PERIODS_AGO",
      "CURRENT_AND_PREVIOUS_ENTITLEMENT_PERIOD",
      "CURRENT_AND_PREVIOUS_TWO_ENTITLEMENT_PERIODS"
    ),
  category: [
    "accounts",
    "opportunities",
    "forecasts",
    "cases",
    "leads",
    "campaigns",
    "activities",
    "busop",
    "products",
    "admin",
    "territory",
    "other",
    "content",
    "usage_entitlement",
    "wdc",
    "calibration",
    "territory2",
    "quotes",
    "individual",
    "employee",
    "data_cloud",
    "commerce",
    "flow",
    "semantic_model"
  ],
  accessLevel: ["View", "EditAllContents", "Manage"],
  sharedToType: [
    "Group",
    "Role",
    "RoleAndSubordinates",
    "RoleAndSubordinatesInternal",
    "Manager",
    "ManagerAndSubordinatesInternal",
    "Organization",
    "Territory",
    "TerritoryAndSubordinates",
    "AllPrmUsers",
    "User",
    "PartnerUser",
    "AllCspUsers",
    "CustomerPortalUser",
    "PortalRole",
    "PortalRoleAndSubordinates",
    "ChannelProgramGroup"
  ]
};

// Length limits Setup enforces on these names and descriptions.
const LIMITS = {
  reportName: 40,
  reportTypeLabel: 50,
  description: 255
};

// Aggregates that need a numeric column (Unique, Maximum and Minimum also work
// on text and dates).
const NUMERIC_AGGREGATES = ["Sum", "Average", "Median"];
const NUMERIC_TYPES = ["Number", "Currency", "Percent"];
const DATE_TYPES = ["Date", "DateTime"];
// Standard date fields every custom object has, usable as a time frame.
const STANDARD_DATE_FIELDS = [
  "CreatedDate",
  "LastModifiedDate",
  "SystemModstamp",
  "LastActivityDate",
  "LastViewedDate",
  "LastReferencedDate"
];
// Report columns that name no field: the record count, bucket fields, custom
// summary and row-level formulas.
const SPECIAL_COLUMN = /^(?:RowCount|BucketField_\w+|CDF\d+|FORMULA\d+)$/;

function enumProblem(value, key, what) {
  if (value === undefined || REPORT_ENUMS[key].includes(value)) return null;
  return `${what} "${value}" is not one of the Metadata API values (${REPORT_ENUMS[key].slice(0, 4).join(", ")}, ...)`;
}

/**
 * Child object of `parent` reached through a report type join relationship.
 * A custom relationship (`Offers__r`) must be the relationshipName of a lookup
 * or master-detail field in the project whose referenceTo is `parent`; a
 * standard relationship (`Contacts`, `Histories`) is trusted, its object unknown.
 * @param {ReturnType<import("./lib/inventory.mjs").buildInventory>} inv
 * @param {string} parent
 * @param {string} relationship
 * @returns {{ object: string | null } | { problem: string }}
 */
export function childOfRelationship(inv, parent, relationship) {
  if (!/__r$/i.test(relationship)) return { object: null };
  const name = lower(relationship.slice(0, -3));
  for (const obj of inv.objects.values()) {
    for (const field of obj.fields.values()) {
      const type = text(field.node, "type");
      if (type !== "Lookup" && type !== "MasterDetail") continue;
      if (lower(text(field.node, "relationshipName") ?? "") !== name) continue;
      if (
        texts(field.node, "referenceTo").some(
          (target) => lower(target) === lower(parent)
        )
      ) {
        return { object: obj.name };
      }
    }
  }
  return {
    problem: `relationship "${relationship}": no lookup or master-detail field to ${parent} has relationshipName "${relationship.slice(0, -3)}"`
  };
}

/**
 * Resolves a report type column (`Status__c`, `Owner`, `MatchedRule__c.Name`)
 * on an object. Custom objects also have the standard relationships Owner,
 * CreatedBy, LastModifiedBy and RecordType; a dotted field follows one lookup.
 * @param {ReturnType<import("./lib/inventory.mjs").buildInventory>} inv
 * @param {string | null} objectName null: an object the check cannot see
 * @param {string} field
 * @returns {{ field: object | null } | { problem: string }}
 */
export function resolveReportTypeField(inv, objectName, field) {
  if (!objectName) return { field: null };
  const obj = resolveObject(inv, objectName);
  if (!obj) return { problem: `unknown object "${objectName}"` };
  const [first, ...rest] = field.split(".");
  const standardRelationship =
    obj.kind !== "standard" &&
    CUSTOM_OBJECT_STANDARD_RELATIONSHIPS.some(
      (name) => lower(name) === lower(first)
    );
  if (standardRelationship) return { field: null };
  const result = resolveField(inv, obj.name, first);
  if (!result.ok) return { problem: result.message };
  if (rest.length === 0) return { field: result.field };
  const type = text(result.field?.node, "type");
  if (result.field && type !== "Lookup" && type !== "MasterDetail") {
    return { problem: `"${obj.name}.${first}" is not a lookup` };
  }
  const [target] = texts(result.field?.node, "referenceTo");
  if (!target || rest.length > 1) return { field: null };
  return resolveReportTypeField(inv, target, rest[0]);
}

/**
 * Reads a report type: its tables (`Base`, `Base.Rel__r`, ...) with their
 * objects, its columns by table, and the problems of its definition.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @param {ReturnType<import("./lib/inventory.mjs").buildInventory>} inv
 * @param {{ name: string, file: string }} reportType
 */
export function readReportType(project, inv, reportType) {
  const node = project.xml(reportType.file)?.node;
  const problems = [];
  const tables = new Map();
  const columns = new Map();
  if (!node) return { tables, columns, problems };
  for (const key of ["label", "deployed", "baseObject"]) {
    if (!text(node, key)) problems.push(`report type needs <${key}>`);
  }
  const label = text(node, "label") ?? "";
  if (label.length > LIMITS.reportTypeLabel) {
    problems.push(
      `label is ${label.length} characters (at most ${LIMITS.reportTypeLabel})`
    );
  }
  const description = text(node, "description") ?? "";
  if (description.length > LIMITS.description) {
    problems.push(
      `description is ${description.length} characters (at most ${LIMITS.description})`
    );
  }
  const category = enumProblem(text(node, "category"), "category", "category");
  if (category) problems.push(category);

  const base = text(node, "baseObject");
  const baseObject = base ? resolveObject(inv, base) : null;
  if (base && !baseObject)
    problems.push(`baseObject "${base}": unknown object`);
  if (base) tables.set(lower(base), { path: base, object: baseObject?.name });

  let parent = { path: base, object: baseObject?.name ?? null };
  let join = all(node, "join")[0];
  let depth = 0;
  let outer = false;
  while (join && parent.path) {
    depth += 1;
    const relationship = text(join, "relationship");
    const isOuter = text(join, "outerJoin") === "true";
    if (!relationship) {
      problems.push("<join> needs <relationship>");
      break;
    }
    if (outer && !isOuter) {
      problems.push(
        `join "${relationship}": an inner join cannot follow an outer join`
      );
    }
    outer = outer || isOuter;
    const child = parent.object
      ? childOfRelationship(inv, parent.object, relationship)
      : { object: null };
    if (child.problem) problems.push(child.problem);
    parent = {
      path: `${parent.path}.${relationship}`,
      object: child.object ?? null
    };
    tables.set(lower(parent.path), parent);
    join = all(join, "join")[0];
  }
  if (depth > 3) {
    problems.push(`${depth + 1} objects joined (a report type allows 4)`);
  }

  const sections = all(node, "sections");
  if (sections.length === 0) problems.push("report type needs <sections>");
  for (const section of sections) {
    if (!text(section, "masterLabel")) {
      problems.push("every <sections> needs a <masterLabel>");
    }
    for (const column of all(section, "columns")) {
      const field = text(column, "field");
      const table = text(column, "table");
      if (!field || !table || !text(column, "checkedByDefault")) {
        problems.push(
          "every section column needs <checkedByDefault>, <field> and <table>"
        );
        continue;
      }
      const known = tables.get(lower(table));
      if (!known) {
        problems.push(
          `column "${table}.${field}": table "${table}" is not the base object or a joined relationship path (${[...tables.values()].map((entry) => entry.path).join(", ")})`
        );
        continue;
      }
      const resolved = resolveReportTypeField(inv, known.object, field);
      if (resolved.problem) {
        problems.push(`column "${table}.${field}": ${resolved.problem}`);
        continue;
      }
      const key = `${lower(table)}$${lower(field)}`;
      if (columns.has(key)) {
        problems.push(`column "${table}.${field}" is listed twice`);
      }
      columns.set(key, { table: known, field, node: resolved.field?.node });
    }
  }
  return { tables, columns, problems };
}

// Every field reference in a report, with where it was found.
function reportReferences(node) {
  const refs = [];
  const add = (where, values) => {
    for (const value of values) refs.push({ where, value });
  };
  add("column", texts(node, "columns.field"));
  add("grouping", texts(node, "groupingsDown.field"));
  add("grouping", texts(node, "groupingsAcross.field"));
  add("filter column", texts(node, "filter.criteriaItems.column"));
  add("sortColumn", texts(node, "sortColumn"));
  add("timeFrameFilter dateColumn", texts(node, "timeFrameFilter.dateColumn"));
  add("chart groupingColumn", texts(node, "chart.groupingColumn"));
  add(
    "chart secondaryGroupingColumn",
    texts(node, "chart.secondaryGroupingColumn")
  );
  add("chart summary column", texts(node, "chart.chartSummaries.column"));
  return refs.filter(({ value }) => !SPECIAL_COLUMN.test(value));
}

function fieldType(fieldNode) {
  return text(fieldNode, "type");
}

function checkReportEnums(node, out) {
  const problems = [
    enumProblem(text(node, "format"), "format", "format"),
    ...texts(node, "columns.aggregateTypes").map((value) =>
      enumProblem(value, "aggregateTypes", "aggregateTypes")
    ),
    ...["groupingsDown", "groupingsAcross"].flatMap((key) => [
      ...texts(node, `${key}.sortOrder`).map((value) =>
        enumProblem(value, "sortOrder", `${key} sortOrder`)
      ),
      ...texts(node, `${key}.dateGranularity`).map((value) =>
        enumProblem(value, "dateGranularity", `${key} dateGranularity`)
      )
    ]),
    ...texts(node, "filter.criteriaItems.operator").map((value) =>
      enumProblem(value, "operator", "filter operator")
    ),
    enumProblem(text(node, "sortOrder"), "sortOrder", "sortOrder"),
    enumProblem(
      text(node, "timeFrameFilter.interval"),
      "interval",
      "timeFrameFilter interval"
    )
  ];
  for (const problem of problems) if (problem) out(problem);
}

function checkReportShape(node, out) {
  for (const key of ["name", "format", "reportType"]) {
    if (!text(node, key)) out(`report needs <${key}>`);
  }
  const name = text(node, "name") ?? "";
  if (name.length > LIMITS.reportName) {
    out(`name is ${name.length} characters (at most ${LIMITS.reportName})`);
  }
  const description = text(node, "description") ?? "";
  if (description.length > LIMITS.description) {
    out(
      `description is ${description.length} characters (at most ${LIMITS.description})`
    );
  }
  const format = text(node, "format");
  const down = all(node, "groupingsDown").length;
  const across = all(node, "groupingsAcross").length;
  if (format === "Summary" && down === 0) {
    out("a Summary report needs at least one <groupingsDown>");
  }
  if (format === "Matrix" && (down === 0 || across === 0)) {
    out("a Matrix report needs <groupingsDown> and <groupingsAcross>");
  }
  if (format === "Tabular" && down + across > 0) {
    out("a Tabular report cannot have groupings");
  }
  for (const grouping of [
    ...all(node, "groupingsDown"),
    ...all(node, "groupingsAcross")
  ]) {
    if (!text(grouping, "field") || !text(grouping, "sortOrder")) {
      out("every grouping needs <field> and <sortOrder>");
    }
  }
  for (const item of all(node, "filter.criteriaItems")) {
    if (!text(item, "column") || !text(item, "operator")) {
      out("every filter criteriaItems needs <column> and <operator>");
    }
  }
}

/**
 * The folder a report file sits in: its directory, whose folder metadata is
 * `<directory>.reportFolder-meta.xml` next to it (folders may nest). Null when
 * the report sits directly in `reports/`.
 * @param {string} file
 * @returns {{ name: string, metaFile: string } | null}
 */
export function reportFolderOf(file) {
  const dir = path.posix.dirname(file);
  if (path.posix.basename(dir) === "reports" || dir === ".") return null;
  return {
    name: path.posix.basename(dir),
    metaFile: `${dir}.reportFolder-meta.xml`
  };
}

function checkCustomTypeReferences(node, reportType, out) {
  const columns = reportType.columns;
  const aggregated = new Map();
  for (const column of all(node, "columns")) {
    const field = text(column, "field");
    if (field) aggregated.set(field, texts(column, "aggregateTypes"));
  }
  for (const { where, value } of reportReferences(node)) {
    const index = value.lastIndexOf("$");
    if (index <= 0) {
      if (/[.]|__c$/i.test(value)) {
        out(
          `${where} "${value}": a report on a custom report type names fields as Table$Field (e.g. ${[...reportType.tables.values()][0]?.path ?? "Object__c"}$Name)`
        );
      }
      continue;
    }
    const table = value.slice(0, index);
    const field = value.slice(index + 1);
    const known = reportType.tables.get(lower(table));
    if (!known) {
      out(
        `${where} "${value}": "${table}" is not a table of report type ${reportType.name} (${[...reportType.tables.values()].map((entry) => entry.path).join(", ")})`
      );
      continue;
    }
    const column = columns.get(`${lower(table)}$${lower(field)}`);
    if (!column) {
      out(
        `${where} "${value}": ${field} is not in the sections of report type ${reportType.name}`
      );
      continue;
    }
    const type = fieldType(column.node);
    if (where === "column" && type) {
      for (const aggregate of aggregated.get(value) ?? []) {
        if (NUMERIC_AGGREGATES.includes(aggregate)) {
          if (!NUMERIC_TYPES.includes(type)) {
            out(`column "${value}": ${aggregate} needs a number, not ${type}`);
          }
        }
      }
    }
    if (where === "timeFrameFilter dateColumn") {
      const ownStandardField =
        !type &&
        !field.includes(".") &&
        objectKind(column.table.object ?? "") === "custom";
      const isDate = type
        ? DATE_TYPES.includes(type)
        : !ownStandardField ||
          STANDARD_DATE_FIELDS.some((name) => lower(name) === lower(field));
      if (!isDate) {
        out(`${where} "${value}" is not a date or date/time field`);
      }
    }
  }
}

function checkReportTypeName(inv, node, out) {
  const type = text(node, "reportType");
  if (!type) return null;
  const entity = /^CustomEntity\$(.+)$/.exec(type);
  if (entity) {
    if (!resolveObject(inv, entity[1])) {
      out(`reportType "${type}": unknown object "${entity[1]}"`);
    }
    return null;
  }
  if (type.includes("$") || !/__c$/i.test(type)) return null;
  const reportType = inv.reportTypes.get(lower(type.slice(0, -3)));
  if (!reportType) {
    out(`reportType "${type}": no such custom report type`);
    return null;
  }
  return reportType;
}

function checkReportFolders(project, inv, out) {
  for (const folder of inv.reportFolders.values()) {
    const node = project.xml(folder.file)?.node;
    if (!node) continue;
    if (!text(node, "name")) out(folder.file, "report folder needs <name>");
    for (const share of all(node, "folderShares")) {
      if (!text(share, "sharedTo")) {
        out(folder.file, "every <folderShares> needs <sharedTo>");
      }
      for (const [key, what] of [
        ["accessLevel", "folderShares accessLevel"],
        ["sharedToType", "folderShares sharedToType"]
      ]) {
        const value = text(share, key);
        const problem = value
          ? enumProblem(value, key, what)
          : `every <folderShares> needs <${key}>`;
        if (problem) out(folder.file, problem);
      }
    }
  }
}

/**
 * Custom report types (base object, join chain, section columns on real
 * fields), report folders (name, shares) and reports (in an existing folder;
 * report type exists; every column, grouping, filter, sort, time frame and
 * chart column of a custom-report-type report is `Table$Field` with the table
 * a path of the report type and the field in its sections; aggregates fit the
 * field type; Metadata API enumerations).
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @param {ReturnType<import("./lib/inventory.mjs").buildInventory>} inv
 * @param {(file: string, message: string) => void} out
 */
export function checkReportMetadata(project, inv, out) {
  const reportTypes = new Map();
  for (const [key, reportType] of inv.reportTypes) {
    const read = readReportType(project, inv, reportType);
    for (const problem of read.problems) out(reportType.file, problem);
    reportTypes.set(key, { ...read, name: reportType.name });
  }
  checkReportFolders(project, inv, out);
  for (const report of inv.reports.values()) {
    const node = project.xml(report.file)?.node;
    if (!node) continue;
    const problem = (message) => out(report.file, message);
    const folder = reportFolderOf(report.file);
    if (!folder) {
      problem("a report must sit in a folder: reports/<Folder>/<Name>");
    } else if (
      folder.name !== "unfiled$public" &&
      !project.has(folder.metaFile)
    ) {
      problem(`report folder "${folder.name}": no ${folder.metaFile}`);
    }
    checkReportShape(node, problem);
    checkReportEnums(node, problem);
    const custom = checkReportTypeName(inv, node, problem);
    if (custom) {
      checkCustomTypeReferences(
        node,
        reportTypes.get(lower(custom.name)),
        problem
      );
    }
  }
}
