import Foundation

/// A greedy left-to-right tagger over hashed features with quantized averaged-perceptron
/// weights: 2^bits buckets of eight 16-bit weights. Fast (one table read per feature) and
/// small enough to ship; trained by `gazette-train`.
public struct PerceptronTagger: Sendable {
    static let magic: [UInt8] = Array("GZNER001".utf8)
    public let bucketBits: Int
    /// `BIOLabel.stride` weights per bucket.
    let weights: [Int16]
    let mask: UInt64
    /// The weights of the two features that depend on the labels alone (the previous label, and
    /// the two before), summed for each of the 49 label pairs: two table reads per token fewer.
    let labelPairRows: [SIMD8<Int32>]

    public init(bucketBits: Int, weights: [Int16]) {
        self.bucketBits = bucketBits
        self.weights = weights
        let mask = (UInt64(1) << UInt64(bucketBits)) - 1
        self.mask = mask
        let labels = BIOLabel.allCases
        var rows: [SIMD8<Int32>] = []
        for beforePrevious in labels {
            for previous in labels {
                var row = SIMD8<Int32>(repeating: 0)
                let p = UInt64(previous.rawValue), pp = UInt64(beforePrevious.rawValue)
                for feature in [FeatureHash.feature(40, p), FeatureHash.feature(41, pp << 4 | p)] {
                    let offset = PerceptronTagger.bucket(feature, mask: mask) &* BIOLabel.stride
                    for k in 0..<BIOLabel.stride { row[k] &+= Int32(weights[offset + k]) }
                }
                rows.append(row)
            }
        }
        labelPairRows = rows
    }

    @inline(__always)
    public static func bucket(_ feature: UInt64, mask: UInt64) -> Int {
        Int(truncatingIfNeeded: FeatureHash.finish(feature) & mask)
    }

    /// The best label sequence, choosing each label given the ones before it.
    public func tag(_ features: TokenFeatures) -> [BIOLabel] {
        let labels = BIOLabel.allCases
        var result: [BIOLabel] = []
        result.reserveCapacity(features.count)
        var previous = BIOLabel.outside
        var beforePrevious = BIOLabel.outside
        weights.withUnsafeBufferPointer { w in
            for index in 0..<features.count {
                var scores = SIMD8<Int32>(repeating: 0)
                let base = index * TokenFeatures.perToken
                for k in 0..<TokenFeatures.perToken {
                    add(features.hashes[base + k], to: &scores, w)
                }
                let history = BIOLabel.historyFeatures(features, index: index, previous: previous,
                                                       beforePrevious: beforePrevious)
                scores &+= labelPairRows[beforePrevious.rawValue * labels.count + previous.rawValue]
                add(history.2, to: &scores, w)
                add(history.3, to: &scores, w)
                var best = BIOLabel.outside
                var bestScore = Int32.min
                for label in labels where label.mayFollow(previous) && scores[label.rawValue] > bestScore {
                    best = label
                    bestScore = scores[label.rawValue]
                }
                result.append(best)
                beforePrevious = previous
                previous = best
            }
        }
        return result
    }

    @inline(__always)
    private func add(_ feature: UInt64, to scores: inout SIMD8<Int32>, _ w: UnsafeBufferPointer<Int16>) {
        let offset = PerceptronTagger.bucket(feature, mask: mask) &* BIOLabel.stride
        let row = SIMD8<Int16>(w[offset], w[offset + 1], w[offset + 2], w[offset + 3],
                               w[offset + 4], w[offset + 5], w[offset + 6], w[offset + 7])
        scores &+= SIMD8<Int32>(truncatingIfNeeded: row)
    }

    public func serialized() -> Data {
        var data = Data(PerceptronTagger.magic)
        var bits = UInt32(bucketBits).littleEndian
        withUnsafeBytes(of: &bits) { data.append(contentsOf: $0) }
        weights.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    public init?(data: Data) {
        let header = PerceptronTagger.magic.count + 4
        guard data.count > header, Array(data.prefix(PerceptronTagger.magic.count)) == PerceptronTagger.magic else { return nil }
        let bits = Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: PerceptronTagger.magic.count, as: UInt32.self) })
        let count = (1 << bits) * BIOLabel.stride
        guard bits > 0, bits < 28, data.count == header + count * 2 else { return nil }
        let weights = data.withUnsafeBytes { raw in
            [Int16](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    buffer[index] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: header + index * 2, as: Int16.self))
                }
                initialized = count
            }
        }
        self.init(bucketBits: bits, weights: weights)
    }
}
