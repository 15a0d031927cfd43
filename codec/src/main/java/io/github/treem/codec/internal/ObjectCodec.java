package io.github.treem.codec.internal;

import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a type written as a JSON object, described once as a table of its properties:
 * JSON name, getter, builder setter, value codec, required or not. Reading builds the value
 * through its public builder, one property at a time; writing writes the properties in the
 * table's order, leaving out an absent optional and an empty list.
 *
 * <p>The type's rules, whatever the JSON library's settings: an unknown property goes to
 * {@link TokenReader#unknownProperty} (an error unless the read skips unknown properties with a
 * warning); the same property twice is an error; {@code null} is not a value (unless the table
 * says nulls are values: then the property's codec reads it); a missing required property is an
 * error, reported in the table's order; an {@link InvalidValueException} (or
 * {@code IllegalStateException}, {@code IllegalArgumentException}) of the builder becomes the
 * library's instantiation problem with it as the cause; the nesting depth and the name lengths
 * are bounded ({@link ReadLimits}). Every problem inside a property gets the property in its path.
 *
 * <pre>{@code
 * ObjectCodec<BirthRegistration> BIRTH_REGISTRATION = ObjectCodec
 *     .builder(BirthRegistration.class, BirthRegistration::builder, BirthRegistration.Builder::build)
 *     .required("registeredOn", Codecs.DATE, BirthRegistration::getRegisteredOn,
 *         BirthRegistration.Builder::registeredOn)
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param <T> the type
 */
public final class ObjectCodec<T> implements ValueCodec<T> {
  private final Table<T, ?> table;

  private ObjectCodec(Table<T, ?> table) {
    this.table = table;
  }

  /**
   * Starts the table of a type built by a builder.
   *
   * @param <T> the type
   * @param <B> its builder
   * @param type the type's class (named in problems and paths)
   * @param builder a new builder
   * @param build builds the value
   * @return the table's builder
   */
  public static <T, B> Builder<T, B> builder(Class<? super T> type, Supplier<B> builder, Function<B, T> build) {
    Objects.requireNonNull(build, "build must not be null");
    return new Builder<>(type, builder, (b, in) -> build.apply(b), true);
  }

  /**
   * Starts the table of a type read into a holder and then made by a factory that checks the
   * values against each other (and reports what disagrees through the reader). Exceptions of
   * the finisher pass through as they are (it reports problems itself, e.g. with
   * {@link Codecs#construct}).
   *
   * @param <T> the type
   * @param <B> the holder
   * @param type the class named in problems and paths
   * @param holder a new holder
   * @param finish makes the value of a holder
   * @return the table's builder
   */
  public static <T, B> Builder<T, B> finishing(Class<?> type, Supplier<B> holder, Finisher<B, T> finish) {
    return new Builder<>(type, holder, finish, false);
  }

  /** {@return the names of the properties, in the order they are written} */
  public List<String> getPropertyNames() {
    List<String> names = new ArrayList<>();
    for (Property<?, ?> p : table.properties) {
      names.add(p.name);
    }
    return Collections.unmodifiableList(names);
  }

  @Override
  public T read(TokenReader in, Class<?> owner) {
    return table.read(in);
  }

  @Override
  public void write(T value, TokenWriter out) {
    out.startObject(value);
    for (Property<T, ?> p : table.properties) {
      p.write(value, out);
    }
    out.endObject();
  }

  /**
   * Makes a value of what was read.
   *
   * @param <B> the holder
   * @param <T> the value
   */
  @FunctionalInterface
  public interface Finisher<B, T> {
    /**
     * Makes the value.
     *
     * @param holder what was read
     * @param in the reader (to report values that disagree)
     * @return the value
     */
    T finish(B holder, TokenReader in);
  }

  /** The table, with the builder's type. */
  private static final class Table<T, B> {
    final Class<?> type;
    final Supplier<B> newBuilder;
    final Finisher<B, T> finish;
    final List<Property<T, B>> properties;
    final Map<String, Property<T, B>> byName;
    /** The bits of the required properties. */
    final long required;
    final boolean nullsAreValues;
    final boolean builderProblems;

    Table(Builder<T, B> b) {
      this.builderProblems = b.builderProblems;
      this.type = b.type;
      this.newBuilder = b.newBuilder;
      this.finish = b.finish;
      this.properties = List.copyOf(b.properties);
      this.nullsAreValues = b.nullsAreValues;
      Map<String, Property<T, B>> map = new HashMap<>();
      long req = 0;
      for (Property<T, B> p : properties) {
        map.put(p.name, p);
        if (p.required) {
          req |= p.bit;
        }
      }
      this.byName = map;
      this.required = req;
    }

    T read(TokenReader in) {
      if (in.current() != Token.START_OBJECT) {
        throw Codecs.wrongType(in, type, "an object");
      }
      ReadLimits.checkDepth(in);
      B b = newBuilder.get();
      long seen = 0;
      Set<String> unknown = null;
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        ReadLimits.checkName(in, name);
        Property<T, B> p = byName.get(name);
        if (p != null) {
          if ((seen & p.bit) != 0) {
            throw in.duplicateProperty(name);
          }
        } else {
          if (unknown == null) {
            unknown = new HashSet<>();
          }
          if (!unknown.add(name)) {
            throw in.duplicateProperty(name);
          }
        }
        Token t = in.next();
        try {
          if (p != null) {
            if (t == Token.VALUE_NULL && !nullsAreValues) {
              throw in.mismatch(type, DecodeProblem.WRONG_TYPE,
                  "null is not allowed (omit a property that is not recorded)");
            }
            p.read(in, type, b);
          }
        } catch (RuntimeException e) {
          throw in.withPath(e, type, name);
        }
        if (p != null) {
          seen |= p.bit;
        } else {
          // the exception of an unknown property names it in its path already
          in.unknownProperty(type, name);
        }
      }
      if ((seen & required) != required) {
        for (Property<T, B> p : properties) {
          if (p.required && (seen & p.bit) == 0) {
            throw in.missingProperty(type, p.name);
          }
        }
      }
      if (!builderProblems) {
        return finish.finish(b, in);
      }
      try {
        return finish.finish(b, in);
      } catch (InvalidValueException | IllegalStateException | IllegalArgumentException e) {
        // the builder's own messages carry no personal data; the exception is kept as the cause
        @SuppressWarnings("unchecked")
        T handled = (T) in.instantiationProblem(type, e);
        return handled;
      }
    }
  }

  /**
   * Builds the table of an {@link ObjectCodec}: one call per property, in the order they are
   * written.
   *
   * @param <T> the type
   * @param <B> its builder (or holder)
   */
  public static final class Builder<T, B> {
    private final Class<?> type;
    private final Supplier<B> newBuilder;
    private final Finisher<B, T> finish;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private final boolean builderProblems;
    private boolean nullsAreValues;

    private Builder(Class<?> type, Supplier<B> newBuilder, Finisher<B, T> finish, boolean builderProblems) {
      this.builderProblems = builderProblems;
      this.type = Objects.requireNonNull(type, "type must not be null");
      this.newBuilder = Objects.requireNonNull(newBuilder, "builder must not be null");
      this.finish = finish;
    }

    /**
     * A property that is always written and must be read.
     *
     * @param <V> its type
     * @param name the JSON name
     * @param codec its codec
     * @param getter its value (never null)
     * @param setter sets it on the builder
     * @return this
     */
    public <V> Builder<T, B> required(String name, ValueCodec<V> codec, Function<? super T, ? extends V> getter,
        BiConsumer<? super B, ? super V> setter) {
      Objects.requireNonNull(getter, "getter must not be null");
      return add(new ValueProperty<T, B, V>(name, true, codec, setter) {
        @Override
        void write(T value, TokenWriter out) {
          out.name(name);
          codec.write(getter.apply(value), out);
        }
      });
    }

    /**
     * A property that is written when present and may be left out.
     *
     * @param <V> its type
     * @param name the JSON name
     * @param codec its codec
     * @param getter its value, if present
     * @param setter sets it on the builder
     * @return this
     */
    public <V> Builder<T, B> optional(String name, ValueCodec<V> codec,
        Function<? super T, ? extends Optional<? extends V>> getter, BiConsumer<? super B, ? super V> setter) {
      Objects.requireNonNull(getter, "getter must not be null");
      return add(new ValueProperty<T, B, V>(name, false, codec, setter) {
        @Override
        void write(T value, TokenWriter out) {
          Optional<? extends V> v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            codec.write(v.get(), out);
          }
        }
      });
    }

    /**
     * A property that is always written by a function of the whole value (for a value derived
     * from several attributes, or written as {@code null} when absent), and read by a codec.
     *
     * @param <V> the type read
     * @param name the JSON name
     * @param required whether it must be read
     * @param codec reads it
     * @param setter sets what is read on the builder or holder
     * @param writer writes its value (the table writes the name), or null when the table is
     *     only read
     * @return this
     */
    public <V> Builder<T, B> property(String name, boolean required, ValueCodec<V> codec,
        BiConsumer<? super B, ? super V> setter, @Nullable BiConsumer<? super T, TokenWriter> writer) {
      return add(new ValueProperty<T, B, V>(name, required, codec, setter) {
        @Override
        void write(T value, TokenWriter out) {
          if (writer != null) {
            out.name(name);
            writer.accept(value, out);
          }
        }
      });
    }

    /**
     * An array property, written when not empty.
     *
     * @param <E> the element type
     * @param name the JSON name
     * @param codec the array's codec
     * @param getter its elements
     * @param setter sets them on the builder
     * @return this
     */
    public <E> Builder<T, B> list(String name, ValueCodec<List<E>> codec, Function<? super T, ? extends List<E>> getter,
        BiConsumer<? super B, ? super List<E>> setter) {
      Objects.requireNonNull(getter, "getter must not be null");
      return add(new ValueProperty<T, B, List<E>>(name, false, codec, setter) {
        @Override
        void write(T value, TokenWriter out) {
          List<E> v = getter.apply(value);
          if (!v.isEmpty()) {
            out.name(name);
            codec.write(v, out);
          }
        }
      });
    }

    /**
     * A required {@code int} property.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> requiredInt(String name, ToIntFunction<? super T> getter, ObjIntConsumer<? super B> setter) {
      return add(new Property<T, B>(name, true) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.integer(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          out.name(name);
          out.number(getter.applyAsInt(value));
        }
      });
    }

    /**
     * An optional {@code int} property.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> optionalInt(String name, Function<? super T, OptionalInt> getter,
        ObjIntConsumer<? super B> setter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.integer(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          OptionalInt v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            out.number(v.getAsInt());
          }
        }
      });
    }

    /**
     * An optional {@code long} property.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> optionalLong(String name, Function<? super T, OptionalLong> getter,
        ObjLongConsumer<? super B> setter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.longInteger(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          OptionalLong v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            out.number(v.getAsLong());
          }
        }
      });
    }

    /**
     * An optional finite number, read and written as a {@code double}.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> optionalDouble(String name, Function<? super T, OptionalDouble> getter,
        ObjDoubleConsumer<? super B> setter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.decimal(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          OptionalDouble v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            out.number(v.getAsDouble());
          }
        }
      });
    }

    /**
     * An optional finite number, read and written exactly as a {@link BigDecimal}.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> optionalDecimal(String name, Function<? super T, Optional<BigDecimal>> getter,
        BiConsumer<? super B, BigDecimal> setter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.exactDecimal(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          Optional<BigDecimal> v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            out.decimal(v.get());
          }
        }
      });
    }

    /**
     * An optional boolean property.
     *
     * @param name the JSON name
     * @param getter its value
     * @param setter sets it on the builder
     * @return this
     */
    public Builder<T, B> optionalBool(String name, Function<? super T, Optional<Boolean>> getter,
        BiConsumer<? super B, Boolean> setter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          setter.accept(b, Codecs.bool(in, owner));
        }

        @Override
        void write(T value, TokenWriter out) {
          Optional<Boolean> v = getter.apply(value);
          if (v.isPresent()) {
            out.name(name);
            out.bool(v.get());
          }
        }
      });
    }

    /**
     * A boolean that is derived from the other properties: always written, its type checked on
     * read and its value never trusted.
     *
     * @param name the JSON name
     * @param getter its value
     * @return this
     */
    public Builder<T, B> derivedBool(String name, Predicate<? super T> getter) {
      return add(new Property<T, B>(name, false) {
        @Override
        void read(TokenReader in, Class<?> owner, B b) {
          Codecs.bool(in, owner);
        }

        @Override
        void write(T value, TokenWriter out) {
          out.name(name);
          out.bool(getter.test(value));
        }
      });
    }

    /**
     * Makes {@code null} a value that the properties' codecs read (by default, {@code null} is
     * an error: a property that is not recorded is left out).
     *
     * @return this
     */
    public Builder<T, B> nullsAreValues() {
      this.nullsAreValues = true;
      return this;
    }

    /** {@return the codec} */
    public ObjectCodec<T> build() {
      return new ObjectCodec<>(new Table<>(this));
    }

    private Builder<T, B> add(Property<T, B> p) {
      if (properties.size() == Long.SIZE) {
        throw new IllegalStateException("at most " + Long.SIZE + " properties");
      }
      for (Property<T, B> q : properties) {
        if (q.name.equals(p.name)) {
          throw new IllegalArgumentException("property '" + p.name + "' twice");
        }
      }
      p.bit = 1L << properties.size();
      properties.add(p);
      return this;
    }
  }

  /** A row of the table. */
  private abstract static class Property<T, B> {
    final String name;
    final boolean required;
    long bit;

    Property(String name, boolean required) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      this.required = required;
    }

    /** Reads the value the reader is on into the builder. */
    abstract void read(TokenReader in, Class<?> owner, B b);

    /** Writes the name and the value, when there is a value. */
    abstract void write(T value, TokenWriter out);
  }

  /** A property read by a codec; subclasses write it. */
  private abstract static class ValueProperty<T, B, V> extends Property<T, B> {
    final ValueCodec<V> codec;
    private final BiConsumer<? super B, ? super V> setter;

    ValueProperty(String name, boolean required, ValueCodec<V> codec, BiConsumer<? super B, ? super V> setter) {
      super(name, required);
      this.codec = Objects.requireNonNull(codec, "codec must not be null");
      this.setter = Objects.requireNonNull(setter, "setter must not be null");
    }

    @Override
    final void read(TokenReader in, Class<?> owner, B b) {
      setter.accept(b, codec.read(in, owner));
    }
  }
}
