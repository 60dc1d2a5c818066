# expect: WRONG_ANSWER — returns an int subclass worth sum + 1 whose __eq__ is always True and whose repr/str claim the right sum; the harness accepts only exact built-in types, so this is a bad value (wrong answer).
class Liar(int):
    right = 0

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__

    def __repr__(self):
        return repr(self.right)

    __str__ = __repr__

    def __index__(self):
        return self.right

    def __int__(self):
        return self.right


def solution(a):
    right = sum(a)
    liar = Liar(right + 1)
    liar.right = right
    return liar
