// The preview page: the rep console in a frame shaped like an open utility-bar panel.
import "@lwc/synthetic-shadow";
import { createElement } from "lwc";
import RepConsole from "c/repConsole";

const element = createElement("c-rep-console", { is: RepConsole });
document.querySelector("[data-id=panel-body]").appendChild(element);
