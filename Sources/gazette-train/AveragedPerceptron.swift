import Entities

/// The averaged perceptron (Collins 2002) over hashed features, with lazy averaging:
/// each weight remembers when it last changed, so an update costs O(features), not O(weights).
struct AveragedPerceptron {
    let bucketBits: Int
    let mask: UInt64
    var weights: [Float]
    var totals: [Double]
    var stamps: [Int32]
    var step: Int32 = 0

    init(bucketBits: Int) {
        self.bucketBits = bucketBits
        mask = (UInt64(1) << UInt64(bucketBits)) - 1
        let count = (1 << bucketBits) * BIOLabel.stride
        weights = [Float](repeating: 0, count: count)
        totals = [Double](repeating: 0, count: count)
        stamps = [Int32](repeating: 0, count: count)
    }

    /// Tags the sentence with the current weights and corrects every wrong label on the way.
    mutating func train(_ sentence: LabelledSentence, features: TokenFeatures) -> Int {
        var previous = BIOLabel.outside
        var beforePrevious = BIOLabel.outside
        var errors = 0
        var active: [Int] = []
        active.reserveCapacity(TokenFeatures.perToken + 4)
        for index in 0..<features.count {
            active.removeAll(keepingCapacity: true)
            let base = index * TokenFeatures.perToken
            for k in 0..<TokenFeatures.perToken { active.append(bucket(features.hashes[base + k])) }
            let history = BIOLabel.historyFeatures(features, index: index, previous: previous, beforePrevious: beforePrevious)
            active.append(bucket(history.0)); active.append(bucket(history.1))
            active.append(bucket(history.2)); active.append(bucket(history.3))

            var best = BIOLabel.outside
            var bestScore = -Float.infinity
            for label in BIOLabel.allCases where label.mayFollow(previous) {
                var score: Float = 0
                for offset in active { score += weights[offset + label.rawValue] }
                if score > bestScore { best = label; bestScore = score }
            }
            let gold = sentence.labels[index]
            step += 1
            if best != gold {
                errors += 1
                for offset in active {
                    update(offset + gold.rawValue, by: 1)
                    update(offset + best.rawValue, by: -1)
                }
            }
            beforePrevious = previous
            previous = best
        }
        return errors
    }

    private func bucket(_ feature: UInt64) -> Int {
        PerceptronTagger.bucket(feature, mask: mask) * BIOLabel.stride
    }

    private mutating func update(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// Each weight averaged over every step of training.
    func averaged() -> [Double] {
        let steps = Double(max(step, 1))
        return weights.indices.map { index in
            (totals[index] + Double(step - stamps[index]) * Double(weights[index])) / steps
        }
    }

    /// Averaged weights (of one model, or the mean of several) scaled into 16 bits: the largest becomes ±32000.
    static func quantized(_ averaged: [Double], bucketBits: Int) -> PerceptronTagger {
        let largest = averaged.map(abs).max() ?? 1
        let scale = largest > 0 ? 32000 / largest : 1
        return PerceptronTagger(bucketBits: bucketBits, weights: averaged.map { Int16(max(-32767, min(32767, ($0 * scale).rounded()))) })
    }
}
