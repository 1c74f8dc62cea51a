// The preview page: the rep console in a frame shaped like an open utility-bar panel, and
// window.preview to drive the stand-ins (stand-ins/controls.js).
import "@lwc/synthetic-shadow";
import { createElement } from "lwc";
import RepConsole from "c/repConsole";
import { controls } from "./stand-ins/controls.js";

Object.assign(window, { preview: controls });
const element = createElement("c-rep-console", { is: RepConsole });
document.querySelector("[data-id=panel-body]").appendChild(element);
