package org.mutuality.sandbox.site;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An immutable list whose elements are computed when read, from a source that returns the same immutable list
 * every time (for example regenerated from a seed). Generated sites keep an issue's comments, worklogs and
 * changelog this way, so 100,000 issues do not hold their details in memory. Each read asks the source once
 * (a whole iteration, stream or copy asks it once, not once per element).
 *
 * @param <T> the element type
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess {
  private final Supplier<List<T>> source;

  private DeferredList(Supplier<List<T>> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * @param source computes the elements; must return equal immutable lists on every call
   * @param <T> the element type
   * @return a list reading through the source
   */
  public static <T> List<T> of(Supplier<List<T>> source) {
    return new DeferredList<>(source);
  }

  /**
   * @param list any list
   * @param <T> the element type
   * @return the list itself when it is deferred, else an immutable copy
   */
  public static <T> List<T> copyOf(List<T> list) {
    return list instanceof DeferredList ? list : List.copyOf(list);
  }

  @Override
  public T get(int index) {
    return source.get().get(index);
  }

  @Override
  public int size() {
    return source.get().size();
  }

  @Override
  public Iterator<T> iterator() {
    return source.get().iterator();
  }

  @Override
  public Spliterator<T> spliterator() {
    return source.get().spliterator();
  }

  @Override
  public void forEach(Consumer<? super T> action) {
    source.get().forEach(action);
  }

  @Override
  public Object[] toArray() {
    return source.get().toArray();
  }

  @Override
  public <A> A[] toArray(A[] array) {
    return source.get().toArray(array);
  }
}
