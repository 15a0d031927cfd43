/**
 * The Jackson 2 module of treem: {@link io.github.treem.jackson2.TreemJackson2Module}.
 */
package io.github.treem.jackson2;
