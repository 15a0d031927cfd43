/**
 * The Jackson 2 module of treem: {@link io.github.treem.jackson2.TreemJackson2Module}.
 */
@NullMarked
package io.github.treem.jackson2;

import org.jspecify.annotations.NullMarked;
