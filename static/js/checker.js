// Entry point of the eligibility checker page (templates/checker.html).
import { start } from "./checker/app.js";

const root = document.getElementById("checker");
if (root) start(root);
