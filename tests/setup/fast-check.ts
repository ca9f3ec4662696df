import fc from "fast-check";

// In CI the property tests draw from one fixed seed, so a run is reproducible and what lands is
// never decided by a lucky draw; elsewhere each run draws a new seed and keeps exploring (a
// failure prints its seed, and the case then belongs in the test's examples).
if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
