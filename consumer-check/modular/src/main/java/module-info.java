/** A user's modular application: everything it needs comes through these five modules' descriptors. */
module app {
    requires dev.evalwire.primeintellect;
    requires dev.evalwire.fireworks;
    requires dev.evalwire.scale;
    requires dev.evalwire.keywordsai;
    requires dev.evalwire.testing;
}
