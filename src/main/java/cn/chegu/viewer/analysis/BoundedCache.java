package cn.chegu.viewer.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache whose values are computed once even when several requests ask
 * for the same key at the same time (the later ones wait for the first). A failed computation is
 * not kept.
 */
final class BoundedCache<K, V> {

  private final Map<K, CompletableFuture<V>> map;

  BoundedCache(int capacity) {
    map =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  V get(K key, Supplier<V> compute) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> existing;
    synchronized (map) {
      existing = map.putIfAbsent(key, mine);
    }
    if (existing != null) {
      try {
        return existing.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      V value = compute.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      synchronized (map) {
        map.remove(key, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Whether a finished value is held for the key. */
  boolean holds(K key) {
    synchronized (map) {
      CompletableFuture<V> f = map.get(key);
      return f != null && f.isDone() && !f.isCompletedExceptionally();
    }
  }

  /** The finished value held for the key, or null. */
  V peek(K key) {
    synchronized (map) {
      CompletableFuture<V> f = map.get(key);
      return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }
  }

  /** Forgets the key if it still holds {@code value}. */
  void remove(K key, V value) {
    synchronized (map) {
      CompletableFuture<V> f = map.get(key);
      if (f != null && f.isDone() && !f.isCompletedExceptionally() && f.join() == value) {
        map.remove(key);
      }
    }
  }

  void clear() {
    synchronized (map) {
      map.clear();
    }
  }
}
