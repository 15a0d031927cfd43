/**
 * Internal: text decoding for the register readers (UTF-8, UTF-16, Windows-1258, and the legacy
 * Vietnamese font encodings TCVN3 and VNI, composed to NFC) and the encoding sniffer. Not API.
 */
@NullMarked
package io.github.treem.io.internal.text;

import org.jspecify.annotations.NullMarked;
